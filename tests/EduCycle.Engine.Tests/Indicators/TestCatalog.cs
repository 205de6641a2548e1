using EduCycle.Engine.Indicators;

namespace EduCycle.Engine.Tests.Indicators;

/// <summary>A tiny catalogue: <c>staff</c> (counted, by subject through a join and by group),
/// <c>hours</c> (summed, by group), and expression elements, two of which form a cycle.</summary>
internal static class TestCatalog
{
    public static readonly DimensionSql Subject = new("subject", "s.\"Code\"",
        "JOIN \"PersonSubjects\" ps ON ps.\"PersonId\" = r.record_id JOIN \"Subjects\" s ON s.\"Id\" = ps.\"SubjectId\"",
        ["math", "phys", "rus"]);

    public static readonly DimensionSql Group = new("group", "r.d_group");

    public static readonly SqlElement Staff = new("staff",
        "SELECT p.\"OrgId\" AS org_id, p.\"Id\" AS record_id, 1 AS value, p.\"Group\" AS d_group FROM \"People\" p WHERE p.\"Year\" = {p:year}",
        ElementAggregation.CountDistinct, [Subject, Group]);

    public static readonly SqlElement Hours = new("hours",
        "SELECT c.\"OrgId\" AS org_id, c.\"Id\" AS record_id, c.\"Hours\" AS value, c.\"Group\" AS d_group FROM \"Courses\" c WHERE c.\"Year\" = {p:year}",
        ElementAggregation.Sum, [Group]);

    public static readonly ElementCatalog Catalog = new(
        [Staff, Hours],
        [
            new("share", "#{staff|group=1} / #{staff}"),
            new("lastyear", "#{staff}[-1]"),
            new("a", "#{b} + 1"),
            new("b", "#{a} * 2"),
            new("broken", "#{staff} +"),
        ]);

    public const string UnitMap = "SELECT o.\"Id\" AS org_id, o.\"MunicipalityId\" AS unit_id FROM \"Organisations\" o WHERE o.\"OpenedYear\" <= {p:year} AND o.\"RegionId\" = @u_region";
}
