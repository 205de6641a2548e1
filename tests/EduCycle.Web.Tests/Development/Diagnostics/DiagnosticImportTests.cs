using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EduCycle.Web.Tests.Development.Diagnostics.DiagnosticsTestData;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class DiagnosticImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Code(int person) => $"000-000-00{person} 0{person}";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_good_file_stores_outcomes_by_the_rule_and_a_second_import_changes_nothing(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = Csv(
            (Code(1), "math", "15.09.2025", null, "96", "70", "t-meth"),
            (Code(4), "Математика", "16.09.2025", "1", "40", "55,5", "t-math; t-meth"));

        var first = await data.ImportAsync(Methodist, file);
        Assert.True(first.Written, string.Join("\n", first.Errors));
        Assert.Equal((2, 2, 0), (first.Rows, first.Created, first.Unchanged));

        await using (var db = data.Db(DataScope.System(Today)))
        {
            var results = await db.DiagnosticResults.Include(r => r.Scores).OrderBy(r => r.TakenOn).ToListAsync(Ct);
            Assert.Collection(results,
                r =>
                {
                    // 96 % ≥ 95 in the subject group, 70 % in between: sufficient, confirmed for attestation.
                    Assert.Equal((data.Region.P(1).Id, DiagnosticOutcome.Sufficient, true, false, data.Region.A1.Id),
                        (r.PersonId, r.Outcome, r.ConfirmedForAttestation, r.RepeatRequired, r.OrganisationId));
                    Assert.Equal(DiagnosticEntry.Import, r.Entry);
                },
                r =>
                {
                    // 40 % < 50 in the subject group: unsatisfactory, a plan and a repeat are required.
                    Assert.Equal((data.Region.P(4).Id, DiagnosticOutcome.Unsatisfactory, false, true), (r.PersonId, r.Outcome, r.ConfirmedForAttestation, r.RepeatRequired));
                    Assert.Equal(55.5m, r.Scores.Single(s => s.Group == Engine.Development.CompetencyGroup.Methodical).Percent);
                });
            var deficits = await db.Deficits.OrderBy(d => d.PersonId).ThenBy(d => d.TopicId).ToListAsync(Ct);
            Assert.Equal(3, deficits.Count);
            Assert.All(deficits, d => Assert.Equal((DeficitKind.GeneralProfessional, DeficitSource.Diagnostic, (DateOnly?)null), (d.Kind, d.Source, d.ResolvedOn)));
        }

        var second = await data.ImportAsync(Methodist, file);
        Assert.True(second.Written);
        Assert.Equal((0, 2), (second.Created, second.Unchanged));
        await using (var db = data.Db(DataScope.System(Today)))
        {
            Assert.Equal(2, await db.DiagnosticResults.CountAsync(Ct));
            Assert.Equal(3, await db.Deficits.CountAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_malformed_row_gets_a_specific_russian_error_and_nothing_is_written(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = Csv(
            (Code(1), "math", "15.09.2025", null, "96", "70", null),
            ("999-999-999 99", "math", "15.09.2025", null, "80", "80", null),
            (Code(3), "химия", "15.09.2025", null, "80", "80", null),
            (Code(4), "math", "15.09.2025", null, "120", "80", null),
            (Code(5), "math", "15.09.2025", null, "80", null, "t-none"),
            (Code(6), "math", "15.09.2025", null, "80", "80", null),
            (Code(6), "math", "16.09.2025", null, "81", "80", null),
            (Code(2), "math", "15.08.2025", null, "80", "80", null));

        var result = await data.ImportAsync(Methodist, file);

        Assert.False(result.Written);
        Assert.Equal(
        [
            "Строка 3, столбец «СНИЛС / личный код»: работник с кодом «999-999-999 99» не найден в реестре работников",
            "Строка 4, столбец «Предмет»: неизвестный предмет «химия»",
            "Строка 5, столбец «Предметные, %»: результат 120 % вне диапазона от 0 до 100",
            "Строка 6, столбец «Методические, %»: не заполнен результат группы, которую диагностирует кампания",
            "Строка 6, столбец «Коды тем дефицитов»: неизвестная тема дефицита «t-none»",
            "Строка 7, столбец «СНИЛС / личный код»: работник «000-000-006 06» встречается в файле несколько раз (строки 7, 8); одна строка на работника",
            "Строка 8, столбец «СНИЛС / личный код»: работник «000-000-006 06» встречается в файле несколько раз (строки 7, 8); одна строка на работника",
            "Строка 9, столбец «Дата диагностики»: дата раньше начала кампании (01.09.2025)",
        ], result.Errors.Select(e => e.Text));
        Assert.Equal(7, result.Rejected);
        await using var db = data.Db(DataScope.System(Today));
        Assert.Equal(0, await db.DiagnosticResults.CountAsync(Ct));
        Assert.Equal(0, await db.Deficits.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_importer_cannot_load_teachers_of_another_municipality(string provider)
    {
        await using var data = await CreateAsync(provider);
        await using (var db = data.Db(DataScope.System(Today)))
        {
            var campaign = await db.DiagnosticCampaigns.SingleAsync(Ct);
            campaign.MunicipalityId = data.Region.A.Id;
            await db.SaveChangesAsync(Ct);
        }
        var file = Csv((Code(1), "math", "15.09.2025", null, "96", "70", null), (Code(4), "math", "15.09.2025", null, "96", "70", null));

        var rejected = await data.ImportAsync(data.MunicipalA, file);
        Assert.Equal("Строка 3, столбец «СНИЛС / личный код»: работник «000-000-004 04» вне вашей области доступа", Assert.Single(rejected.Errors).Text);
        Assert.False(rejected.Written);

        var validOnly = await data.ImportAsync(data.MunicipalA, file, validRowsOnly: true);
        Assert.Equal((true, 1, 1), (validOnly.Written, validOnly.Created, validOnly.Rejected));

        await using var other = data.Db(data.MunicipalB.Scope);
        var refused = await new Features.Development.Diagnostics.Import.DiagnosticImport(other, TimeProvider.System).ImportAsync(
            data.MunicipalB, data.CampaignId, new MemoryStream(file), "f.csv", new Features.Registry.Import.ImportOptions(), null, Ct);
        Assert.NotNull(refused.Refusal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_repeat_is_the_next_attempt_linked_to_the_previous_one_and_resolves_the_groups_it_passes(string provider)
    {
        await using var data = await CreateAsync(provider);
        await data.ImportAsync(Methodist, Csv((Code(4), "math", "16.09.2025", null, "40", "45", "t-math;t-meth")));

        var skipped = await data.ImportAsync(Methodist, Csv((Code(4), "math", "25.09.2025", "3", "80", "45", null)));
        Assert.Equal("Строка 2, столбец «Попытка»: последняя внесённая попытка — 1: следующая должна быть 2", Assert.Single(skipped.Errors).Text);
        var changed = await data.ImportAsync(Methodist, Csv((Code(4), "math", "16.09.2025", "1", "41", "45", "t-math;t-meth")));
        Assert.Equal("Строка 2, столбец «Попытка»: попытка 1 уже внесена (16.09.2025) с другими результатами; повторную диагностику укажите как попытку 2",
            Assert.Single(changed.Errors).Text);

        // Repeat 1: the subject group reaches 80 % (acceptable), the methodical group stays below 50 % and names its topic again.
        var repeat = await data.ImportAsync(Methodist, Csv((Code(4), "math", "25.09.2025", "2", "80", "45", "t-meth")));
        Assert.Equal(1, repeat.Created);

        await using var db = data.Db(DataScope.System(Today));
        var attempts = await db.DiagnosticResults.OrderBy(r => r.Attempt).ToListAsync(Ct);
        Assert.Equal([1, 2], attempts.Select(a => a.Attempt));
        Assert.Equal(attempts[0].Id, attempts[1].PreviousResultId);
        Assert.Equal((DiagnosticOutcome.Unsatisfactory, true), (attempts[1].Outcome, attempts[1].RepeatRequired));
        var deficits = await db.Deficits.ToListAsync(Ct);
        Assert.Equal(new DateOnly(2025, 9, 25), deficits.Single(d => d.TopicId == data.MathTopicId).ResolvedOn);
        Assert.Null(Assert.Single(deficits, d => d.TopicId == data.MethodTopicId).ResolvedOn);
    }
}
