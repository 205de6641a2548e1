using EduCycle.Engine.Indicators;

namespace EduCycle.Engine.Tests.Indicators;

public sealed class IndicatorCompilerTests
{
    private static CompiledQuery Compile(string numerator, string? denominator = null, string? breakdown = null,
        SqlDialect dialect = SqlDialect.Sqlite, decimal factor = 100) =>
        IndicatorCompiler.Compile(new IndicatorFormula(numerator, denominator, factor, breakdown), TestCatalog.Catalog, TestCatalog.UnitMap, dialect);

    private static IEnumerable<(string Code, int Offset)> Resolved(string numerator, string? denominator = null) =>
        IndicatorCompiler.ResolveReferences(new IndicatorFormula(numerator, denominator, 1, null), TestCatalog.Catalog)
            .Select(r => (r.Code, r.Offset));

    [Fact]
    public void Diff_adds_a_shifted_copy_of_every_reference()
    {
        Assert.Equal([("staff", 0), ("hours", 0), ("staff", -2), ("hours", -2)], Resolved("diff(#{staff} / #{hours}, 2)"));
    }

    [Fact]
    public void Shifts_compose_with_offsets_and_through_expression_elements()
    {
        Assert.Equal([("staff", -1), ("staff", -2)], Resolved("ratio(#{lastyear}, 1)"));
        Assert.Equal([("staff", -3), ("staff", -4), ("staff", -5), ("staff", -6)], Resolved("diff(diff(#{staff}[-3], 1), 2)"));
    }

    [Fact]
    public void The_same_element_with_the_same_filters_in_any_order_is_aggregated_once()
    {
        var query = Compile("#{staff|subject=phys;math,group=1} + #{staff|group=1,subject=math;phys;math}");
        Assert.Contains("e1 AS (", query.Sql);
        Assert.DoesNotContain("e2 AS (", query.Sql);
        Assert.Equal(["1", "math", "phys"], query.Parameters.Where(p => p.PeriodName is null).Select(p => p.Value));
    }

    [Fact]
    public void Filter_values_are_parameters_never_sql_text()
    {
        var query = Compile("#{staff|subject=math;rus}", "#{staff}");
        Assert.DoesNotContain("math", query.Sql);
        Assert.DoesNotContain("rus", query.Sql);
        Assert.Contains("s.\"Code\" IN (@f1, @f2)", query.Sql);
        Assert.Equal([("@f1", "math"), ("@f2", "rus")],
            query.Parameters.Where(p => p.PeriodName is null).Select(p => (p.Name, p.Value!)));
    }

    [Fact]
    public void Period_placeholders_become_parameters_listed_with_their_offsets()
    {
        var query = Compile("#{staff} - #{staff}[-1]", "#{hours}[-3]");
        Assert.DoesNotContain("{p:", query.Sql);
        Assert.Equal(
            [("@o0_year", "year", 0), ("@om1_year", "year", -1), ("@om3_year", "year", -3)],
            query.Parameters.Select(p => (p.Name, p.PeriodName!, p.YearOffset)));
        Assert.Contains("\"OpenedYear\" <= @o0_year AND o.\"RegionId\" = @u_region", query.Sql);
        Assert.Contains("c.\"Year\" = @om3_year", query.Sql);
    }

    [Fact]
    public void A_reference_reads_its_cte_and_division_cannot_divide_by_zero_or_integer_divide()
    {
        var query = Compile("#{staff} / #{hours}", "2");
        Assert.Contains("((1.0 * COALESCE(e1.v, 0)) / NULLIF(COALESCE(e2.v, 0), 0)) AS num, 2 AS den", query.Sql);
        Assert.Contains("(1.0 * (100) * q.num) / NULLIF(q.den, 0) AS value", query.Sql);
    }

    [Fact]
    public void Counted_and_summed_elements_aggregate_distinct_records_per_unit()
    {
        var sql = Compile("#{staff} + #{hours}").Sql;
        Assert.Contains("e1 AS (SELECT x.unit_id AS unit_id, x.bk AS bk, COUNT(DISTINCT x.record_id) AS v FROM (SELECT u.unit_id AS unit_id, CAST(NULL AS TEXT) AS bk, r.record_id AS record_id FROM (", sql);
        Assert.Contains("e2 AS (SELECT x.unit_id AS unit_id, x.bk AS bk, SUM(x.value) AS v FROM (SELECT DISTINCT u.unit_id AS unit_id, CAST(NULL AS TEXT) AS bk, r.record_id AS record_id, r.value AS value FROM (", sql);
        Assert.Contains("keys AS (SELECT DISTINCT unit_id, CAST(NULL AS TEXT) AS bk FROM units)", sql);
        Assert.Contains("(100) * q.num AS value", sql);
    }

    [Theory]
    [InlineData(SqlDialect.Sqlite, "MIN(COALESCE(e1.v, 0), 5)", "MAX(")]
    [InlineData(SqlDialect.Postgres, "LEAST(COALESCE(e1.v, 0), 5)", "GREATEST(")]
    public void Min_and_max_follow_the_dialect(SqlDialect dialect, string min, string max)
    {
        var sql = Compile("min(#{staff}, 5) + max(#{staff}, 1, 2)", dialect: dialect).Sql;
        Assert.Contains(min, sql);
        Assert.Contains(max, sql);
    }

    [Fact]
    public void If_becomes_case_when_and_ratio_a_guarded_division()
    {
        var sql = Compile("if(#{staff} >= 10, ratio(#{hours}, 1), -1)").Sql;
        Assert.Contains("(CASE WHEN COALESCE(e1.v, 0) >= 10 THEN ((1.0 * COALESCE(e2.v, 0)) / NULLIF(COALESCE(e3.v, 0), 0)) ELSE (-1) END) AS num", sql);
    }

    [Fact]
    public void Elements_with_the_breakdown_join_on_its_value_and_the_others_give_the_unit_total()
    {
        var sql = Compile("#{staff|group=1}", "#{hours}", breakdown: "subject").Sql;
        Assert.Contains("COUNT(DISTINCT x.record_id) AS v FROM (SELECT u.unit_id AS unit_id, s.\"Code\" AS bk, r.record_id AS record_id FROM (", sql);
        Assert.Contains("JOIN \"Subjects\" s ON s.\"Id\" = ps.\"SubjectId\" WHERE 1 = 1 AND r.d_group IN (@f1)", sql);
        Assert.Contains("keys AS (SELECT unit_id, bk FROM e1 WHERE bk IS NOT NULL)", sql);
        Assert.Contains("LEFT JOIN e1 ON e1.unit_id = k.unit_id AND e1.bk = k.bk\nLEFT JOIN e2 ON e2.unit_id = k.unit_id)", sql);
    }

    [Fact]
    public void A_filter_and_a_breakdown_on_the_same_dimension_join_it_once()
    {
        var sql = Compile("#{staff|subject=math}", breakdown: "subject").Sql;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, "JOIN \"PersonSubjects\""));
    }

    [Fact]
    public void Expression_elements_are_inlined()
    {
        var sql = Compile("#{share}").Sql;
        Assert.Contains("(((1.0 * COALESCE(e1.v, 0)) / NULLIF(COALESCE(e2.v, 0), 0))) AS num", sql);
    }

    [Fact]
    public void The_same_formula_compiles_to_the_same_text()
    {
        var first = Compile("diff(#{staff|subject=math;phys}, 1) + #{share}", "#{hours}", "group");
        var second = Compile("diff(#{staff|subject=math;phys}, 1) + #{share}", "#{hours}", "group");
        Assert.Equal(first.Sql, second.Sql);
        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void An_invalid_formula_is_refused_with_its_problems()
    {
        var error = Assert.Throws<IndicatorException>(() => Compile("#{staff} / 0", "#{nope}"));
        Assert.Equal(
            [(FormulaPart.Numerator, ProblemCode.DivisionByZeroConstant), (FormulaPart.Denominator, ProblemCode.UnknownElement)],
            error.Problems.Select(p => (p.Part!.Value, p.Code)));
    }

    [Fact]
    public void The_records_of_a_reference_are_selected_in_one_unit_and_breakdown_value()
    {
        var reference = (ElementRef)ExpressionParser.Parse("#{staff|group=1;2}[-1]").Tree!;
        var query = IndicatorCompiler.CompileRecords(reference, TestCatalog.Catalog, TestCatalog.UnitMap, "subject", SqlDialect.Postgres);
        Assert.StartsWith("WITH units AS (", query.Sql);
        Assert.Contains("SELECT DISTINCT x.record_id AS record_id FROM (", query.Sql);
        Assert.Contains("WHERE 1 = 1 AND r.d_group IN (@f1, @f2) AND u.unit_id = @unit AND s.\"Code\" = @bk", query.Sql);
        Assert.Contains("\"Year\" = @om1_year", query.Sql);
        Assert.Equal(["@o0_year", "@om1_year", "@f1", "@f2"], query.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void The_records_of_an_expression_element_are_those_of_its_elements()
    {
        var reference = (ElementRef)ExpressionParser.Parse("#{share}").Tree!;
        var sql = IndicatorCompiler.CompileRecords(reference, TestCatalog.Catalog, TestCatalog.UnitMap, null, SqlDialect.Sqlite).Sql;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, "UNION ALL"));
        Assert.DoesNotContain("@bk", sql);
    }
}
