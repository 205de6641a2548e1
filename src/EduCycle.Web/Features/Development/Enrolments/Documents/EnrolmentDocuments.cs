using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Instruments.Documents;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;

namespace EduCycle.Web.Features.Development.Enrolments.Documents;

/// <summary>
/// The seed 003 appendices as DOCX in the seed's layout: the technical assignment (items 1–9, the chosen competencies
/// underlined, signature lines) and the course report. Empty answers print as underscores. Pure: everything comes from the arguments.
/// </summary>
public static class EnrolmentDocuments
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Blank = "________________________";

    /// <summary>The four competencies the seed's item 8 lists; «универсальные» are printed only when chosen.</summary>
    private static readonly CompetencyGroup[] SeedCompetencies =
        [CompetencyGroup.Subject, CompetencyGroup.Methodical, CompetencyGroup.PsychoPedagogical, CompetencyGroup.Communicative];

    public static byte[] TechnicalAssignment(EnrolmentHeader h, TechnicalAssignment? form, DateOnly today)
    {
        var chosen = form?.Competencies ?? CompetencyGroups.None;
        var directions = DifficultyDirections.Parse(form?.DifficultyDirections);
        var education = string.Join(", ", new[]
        {
            Education(h.Education),
            form?.DiplomaNumber is { } number ? $"диплом № {number}" : null,
            form?.DiplomaDate is { } date ? $"выдан {Date(date)}" : null,
        }.Where(x => x is not null));
        var shown = SeedCompetencies.Concat(chosen.Contains(CompetencyGroup.Universal) ? [CompetencyGroup.Universal] : []);
        return Word.Save([
            Word.Para("Форма технического задания учителю при направлении", bold: true, align: JustificationValues.Center, size: Word.TitleSize),
            Word.Para("на курсы повышения квалификации", bold: true, align: JustificationValues.Center, size: Word.TitleSize),
            Word.Para($"в {h.ProviderName}", bold: true, align: JustificationValues.Center, size: Word.TitleSize, spaceAfter: 12),
            Item(1, "Ф.И.О. учителя", h.PersonName),
            Item(2, "Место работы, должность", Workplace(h)),
            Item(3, "Образование (высшее/ ср. спец.), номер диплома об образовании и дата выдачи", education),
            Item(4, "Специальность по диплому об образовании", form?.Speciality),
            Item(5, "Стаж работы в должности", h.PositionSince is { } since ? Years(EnrolmentHeader.YearsBetween(since, h.StartDate)) : null),
            Item(6, "Возраст", Years(EnrolmentHeader.YearsBetween(h.BirthDate, today))),
            Item(7, "Наименование программы ДПО", h.ProgrammeName),
            Word.Para("8. Потребность в повышении профессионального уровня педагога по:", spaceBefore: 6),
            .. shown.Select(g => Marked($"- {Genitive(g)}", chosen.Contains(g))),
            Word.Para("(подчеркнуть те компетенции, которые требуется получить, усовершенствовать)", size: Word.SmallSize),
            Word.Para("9. Направление темы по усовершенствованию указанной(ых) компетенций", spaceBefore: 6),
            Word.Para("(сформулируйте основные направления профессиональных затруднений по каждой из указанных компетенций)", size: Word.SmallSize),
            .. Directions(chosen, directions),
            Word.Para(form?.Status == FormStatus.Signed
                ? $"Подпись руководителя ОО {Blank} / {form.SignedByHead} / {Date(DateOnly.FromDateTime(form.SignedByHeadAt!.Value))}"
                : $"Подпись руководителя ОО {Blank}", spaceBefore: 24),
            Word.Para($"Подпись педагога {Blank} / {h.PersonName} /", spaceBefore: 12),
        ]);
    }

    public static byte[] CourseReport(EnrolmentHeader h, CourseReport? report)
    {
        var internship = string.Join(", ", new[]
        {
            report?.InternshipPlace,
            report?.InternshipHours is { } hours ? $"{hours} ч." : null,
            report?.InternshipActivity,
        }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var competencies = report is null || report.CompetenciesImproved == CompetencyGroups.None
            ? null
            : string.Join("; ", report.CompetenciesImproved.Members().Select(DevelopmentLabels.Competency));
        if (report?.CompetenciesComment is { } comment) competencies = competencies is null ? comment : $"{competencies}. {comment}";
        return Word.Save([
            Word.Para("Отчёт о прохождении курсов повышения квалификации", bold: true, align: JustificationValues.Center, size: Word.TitleSize, spaceAfter: 12),
            Word.Para($"{h.PersonName}, {Workplace(h)}", align: JustificationValues.Center),
            Word.Para("(Ф.И.О., должность, место работы)", align: JustificationValues.Center, size: Word.SmallSize),
            Word.Para($"по программе «{h.ProgrammeName}»", align: JustificationValues.Center, spaceAfter: 12),
            .. Line("Сроки освоения дополнительной профессиональной программы (ДПО)", $"с {Date(h.StartDate)} по {Date(h.EndDate)}"),
            .. Line("Объём часов освоения программы ДПО", h.Hours.ToString(CultureInfo.InvariantCulture)),
            .. Line("Результат «входного диагностического контроля»", Percent(h.EntryPercent), "(указывается % выполнения заданий)"),
            .. Line("Результат повторного диагностического контроля", Percent(h.RepeatPercent),
                "(указывается в случае прохождения повторного диагностического контроля)"),
            .. Line("Участие в стажировке на базе региональных инновационных площадок, стажировочных площадках "
                + "(указывается место стажировки, объём часов, вид деятельности)", internship),
            .. Line("Участие в процедуре итоговой аттестации (указывается форма участия: зачёт, план-конспект, проведение открытого занятия, "
                + "мастер-класс и др.)", report?.FinalAttestationForm),
            .. Line("Компетенции, полученные, усовершенствованные в ходе повышения квалификации (перечисляются компетенции, в соответствии "
                + "с персональным техническим заданием, уровень которых, на Ваш взгляд, повысился)", competencies),
            .. Line("Получение документа о повышении квалификации (указывается номер удостоверения о повышении квалификации)",
                h.CertificateNumber is { } n ? $"удостоверение № {n}" : null),
            .. Line("Рекомендации аттестационной комиссии о диссеминации педагогического опыта работы (выдаётся только тем слушателям курсов "
                + "повышения квалификации, которые показали достаточный уровень владения предметными компетенциями, и представившим на "
                + "итоговой аттестации фрагмент открытого занятия по теме курсовой подготовки)", report?.DisseminationRecommendation),
            Word.Para($"Слушатель курсов ПК {Blank} / {h.PersonName} /", spaceBefore: 24),
            Word.Para($"Руководитель курсов ПК {Blank}", spaceBefore: 12),
            Word.Para($"Дата {(report?.SubmittedAt is { } at ? Date(DateOnly.FromDateTime(at)) : Blank)}", spaceBefore: 12),
        ]);
    }

    private static Paragraph Item(int number, string label, string? value) =>
        Word.Para($"{number}. {label} {Value(value)}", spaceAfter: 4);

    private static IEnumerable<Paragraph> Line(string label, string? value, string? note = null)
    {
        yield return Word.Para($"{label}: {Value(value)}", spaceBefore: 6);
        if (note is not null) yield return Word.Para(note, size: Word.SmallSize);
    }

    /// <summary>A list line, underlined when marked (the seed asks to underline the needed competencies).</summary>
    private static Paragraph Marked(string text, bool underline)
    {
        var properties = new RunProperties();
        if (underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static IEnumerable<Paragraph> Directions(CompetencyGroups chosen, Dictionary<CompetencyGroup, string> directions)
    {
        if (chosen == CompetencyGroups.None)
        {
            yield return Word.Para(Blank);
            yield break;
        }
        foreach (var group in chosen.Members())
        {
            var text = directions.GetValueOrDefault(group);
            yield return Word.Para($"{Capital(DevelopmentLabels.Competency(group))}: {Value(text)}", spaceBefore: 4);
        }
    }

    private static string Value(string? text) => string.IsNullOrWhiteSpace(text) ? Blank : text.Trim();

    private static string Workplace(EnrolmentHeader h) =>
        string.Join(", ", new[] { h.OrganisationName, h.Position is { } p ? RegistryLabels.Of(p).ToLowerInvariant() : null }
            .Where(x => !string.IsNullOrWhiteSpace(x)));

    private static string Education(EducationLevel level) => level switch
    {
        EducationLevel.Higher => "высшее",
        EducationLevel.SecondaryVocational => "среднее специальное",
        _ => "иное",
    };

    private static string Genitive(CompetencyGroup group) => group switch
    {
        CompetencyGroup.Subject => "предметной компетенции",
        CompetencyGroup.Methodical => "методической компетенции",
        CompetencyGroup.PsychoPedagogical => "психолого-педагогической компетенции",
        CompetencyGroup.Communicative => "коммуникативной компетенции",
        _ => "универсальным компетенциям",
    };

    private static string Years(int years)
    {
        var word = (years % 100) is >= 11 and <= 14 ? "лет" : (years % 10) switch { 1 => "год", 2 or 3 or 4 => "года", _ => "лет" };
        return $"{years} {word}";
    }

    private static string? Percent(decimal? value) => value is { } v ? $"{v.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"))} %" : null;

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
