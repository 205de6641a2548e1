using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed record DemoSchool(int Id, int MunicipalityId, bool IsRural);

internal sealed record DemoJob(int OrganisationId, DateOnly From, DateOnly? To)
{
    public bool ValidAt(DateOnly date) => From <= date && (To is null || To > date);
}

/// <summary>A school teacher with the registry facts the demo draws on.</summary>
internal sealed record DemoTeacher(int Id, DateOnly BirthDate, DateOnly ExperienceSince, int? SubjectId, IReadOnlyList<DemoJob> Jobs)
{
    public int? SchoolAt(DateOnly date) => Jobs.FirstOrDefault(j => j.ValidAt(date))?.OrganisationId;

    public bool IsYoungAt(DateOnly date) => BirthDate > date.AddYears(-35) || ExperienceSince > date.AddYears(-3);

    public int ExperienceYearsAt(DateOnly date) => (date.DayNumber - ExperienceSince.DayNumber) / 365;
}

internal sealed record DemoCategoryHolder(int PersonId, QualificationCategory Category, DateOnly CategoryDate);

/// <summary>What the development demo reads from the registry and the demo accounts before generating.</summary>
internal sealed class DemoWorld
{
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<SchoolYear> Years { get; init; }
    public required IReadOnlyDictionary<int, (string Code, string Name)> Municipalities { get; init; }
    public required IReadOnlyDictionary<int, DemoSchool> Schools { get; init; }
    public required IReadOnlyList<DemoTeacher> Teachers { get; init; }
    public required IReadOnlyList<DemoCategoryHolder> CategoryHolders { get; init; }
    public required IReadOnlyDictionary<string, int> Subjects { get; init; }
    public int? DemoTeacherId { get; init; }
    public int? DemoSchoolId { get; init; }
    public int? DemoMunicipalityId { get; init; }

    public SchoolYear Current => Years[^1];

    public int MunicipalityOf(int schoolId) => Schools[schoolId].MunicipalityId;

    public static async Task<DemoWorld> LoadAsync(EduCycleDbContext db, DateOnly today, CancellationToken ct)
    {
        var current = SchoolYear.Containing(today);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Id)
            .ToDictionaryAsync(m => m.Id, m => (m.Code, m.Name), ct);
        var schools = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.School)
            .Join(db.OrganisationPlacements.ValidAt(today),
                o => o.Id, p => p.OrganisationId, (o, p) => new DemoSchool(o.Id, p.MunicipalityId, o.IsRural))
            .ToDictionaryAsync(s => s.Id, ct);
        var jobs = await db.Employments.AsNoTracking()
            .Where(e => e.Position == Position.Teacher && e.IsMain && db.Organisations.Any(o => o.Id == e.OrganisationId && o.Kind == OrganisationKind.School))
            .Select(e => new { e.PersonId, e.OrganisationId, e.ValidFrom, e.ValidTo })
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking()
            .Where(p => db.Employments.Any(e => e.PersonId == p.Id && e.Position == Position.Teacher))
            .Select(p => new { p.Id, p.BirthDate, p.ExperienceSince, Subject = p.Subjects.OrderBy(s => s.SubjectId).Select(s => (int?)s.SubjectId).FirstOrDefault() })
            .ToDictionaryAsync(p => p.Id, ct);
        var teachers = jobs.Where(j => schools.ContainsKey(j.OrganisationId)).GroupBy(j => j.PersonId).OrderBy(g => g.Key)
            .Select(g => new DemoTeacher(g.Key, people[g.Key].BirthDate, people[g.Key].ExperienceSince, people[g.Key].Subject,
                g.OrderBy(j => j.ValidFrom).Select(j => new DemoJob(j.OrganisationId, j.ValidFrom, j.ValidTo)).ToList()))
            .ToList();
        var holders = await db.People.AsNoTracking().Where(p => p.Category != QualificationCategory.None && p.CategoryDate != null)
            .OrderBy(p => p.Id).Select(p => new DemoCategoryHolder(p.Id, p.Category, p.CategoryDate!.Value)).ToListAsync(ct);
        var subjects = await db.Subjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var demoTeacher = await db.Users.AsNoTracking().Where(u => u.IsDemo && u.UserName == "teacher").Select(u => u.PersonId).FirstOrDefaultAsync(ct);
        var demoSchool = await db.Users.AsNoTracking().Where(u => u.IsDemo && u.UserName == "head").Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
        var demoMunicipality = municipalities.Where(m => m.Value.Code == DemoUsers.DemoMunicipalityCode).Select(m => (int?)m.Key).FirstOrDefault();
        return new DemoWorld
        {
            Today = today,
            Years = [current.Previous(2), current.Previous(), current],
            Municipalities = municipalities,
            Schools = schools,
            Teachers = teachers,
            CategoryHolders = holders,
            Subjects = subjects,
            DemoTeacherId = demoTeacher,
            DemoSchoolId = demoSchool,
            DemoMunicipalityId = demoMunicipality,
        };
    }
}
