using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Tests.Indicators.Pages;

/// <summary>
/// A hand-checked indicator on the <see cref="TestRegion"/>: T90 = teachers ÷ pedagogical staff × 100 on the census date
/// of the current school year. Staff (main job, not head/deputy): P1 teacher at A1, P3 preschool teacher at A2 (both
/// in A); P4 teacher at B1, P5 teacher at M (moved to B in 2024), P6 teacher at B1 since 2023; P2 is A1's head.
/// So A = 1/2 = 50 %, A1 = 1/1 = 100 %, A2 = 0/1 = 0 %, B = 3/3 = 100 %, the region 4/5 = 80 %.
/// Targets: municipalities 60 (A off by 1/6 — red, B met — green), the region 85 (off by 5.9 % — amber), none for organisations.
/// </summary>
public static class ScorecardCase
{
    public const string Code = "T90";
    public const string Area = "Тестовое направление";

    public static async Task<int> SeedAsync(EduCycleDbContext db)
    {
        var year = SchoolYear.Containing(db.Scope.Today).StartYear;
        db.IndicatorDefinitions.Add(new IndicatorDefinition
        {
            Code = Code, Version = 1, ValidFrom = new DateOnly(2020, 9, 1), Name = "Доля учителей среди педагогических работников",
            Area = Area, Task = "Тестовая задача", Unit = "%", Direction = Direction.HigherIsBetter,
            Numerator = "#{staff.teachers}", Denominator = "#{staff.pedagogical}", Factor = 100m, Source = "тест",
            Origin = DefinitionOrigin.Custom, CreatedBy = "test",
        });
        db.IndicatorTargets.AddRange(
            new IndicatorTarget { IndicatorCode = Code, SchoolYear = year, Level = UnitLevel.Municipality, Value = 60, CreatedBy = "test" },
            new IndicatorTarget { IndicatorCode = Code, SchoolYear = year, Level = UnitLevel.Region, Value = 85, CreatedBy = "test" });
        await db.SaveChangesAsync();
        return year;
    }
}
