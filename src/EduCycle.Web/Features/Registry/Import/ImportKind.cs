namespace EduCycle.Web.Features.Registry.Import;

/// <summary>What a file loads: organisations or their staff.</summary>
public enum ImportKind
{
    Organisations = 1,
    Staff = 2,
}

public static class ImportKinds
{
    /// <summary>The kind's segment in URLs and the CLI: <c>organisations</c> or <c>staff</c>.</summary>
    public static string Slug(this ImportKind kind) => kind == ImportKind.Organisations ? "organisations" : "staff";

    public static string DisplayName(this ImportKind kind) => kind == ImportKind.Organisations ? "Организации" : "Работники";

    public static bool TryParse(string? slug, out ImportKind kind)
    {
        kind = slug?.ToLowerInvariant() switch
        {
            "organisations" => ImportKind.Organisations,
            "staff" => ImportKind.Staff,
            _ => 0,
        };
        return kind != 0;
    }

    public static IReadOnlyList<ImportColumn> Columns(this ImportKind kind) =>
        kind == ImportKind.Organisations ? OrganisationColumns.All : StaffColumns.All;
}
