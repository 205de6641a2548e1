using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Demo;

/// <summary>A hash of the registry's content keyed by external codes (not by generated ids), in a fixed order.</summary>
internal static class DemoChecksum
{
    public static async Task<string> ComputeAsync(EduCycleDbContext db)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        lines.AddRange((await db.Municipalities.AsNoTracking().Select(m => new { m.Code, m.Name, District = m.District!.Name }).ToListAsync())
            .Select(m => $"M|{m.Code}|{m.Name}|{m.District}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.Organisations.AsNoTracking().ToListAsync())
            .Select(o => string.Create(c, $"O|{o.ExternalCode}|{o.FullName}|{o.ShortName}|{o.Kind}|{o.IsRural}|{o.StudentCount}|{o.SocialWellbeingIndex:R}|{o.ShareSpecialNeeds:R}|{o.ShareNonNativeRussian:R}"))
            .Order(StringComparer.Ordinal));
        lines.AddRange((await db.OrganisationPlacements.AsNoTracking()
                .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { o.ExternalCode, Municipality = p.Municipality!.Code, p.ValidFrom, p.ValidTo }).ToListAsync())
            .Select(p => string.Create(c, $"P|{p.ExternalCode}|{p.Municipality}|{p.ValidFrom:O}|{p.ValidTo:O}")).Order(StringComparer.Ordinal));
        lines.AddRange((await db.OrganisationYearStatuses.AsNoTracking()
                .Join(db.Organisations, s => s.OrganisationId, o => o.Id, (s, o) => new { o.ExternalCode, s.SchoolYear, s.InnovationLevel, s.IsTutorSchool, s.IsBasicSchool }).ToListAsync())
            .Select(s => $"S|{s.ExternalCode}|{s.SchoolYear}|{s.InnovationLevel}|{s.IsTutorSchool}|{s.IsBasicSchool}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.People.AsNoTracking().ToListAsync())
            .Select(p => string.Create(c, $"W|{p.ExternalCode}|{p.FullName}|{p.BirthDate:O}|{p.Sex}|{p.EducationLevel}|{p.ExperienceSince:O}|{p.Category}|{p.CategoryDate:O}"))
            .Order(StringComparer.Ordinal));
        lines.AddRange((await db.PersonSubjects.AsNoTracking()
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.ExternalCode, Subject = s.Subject!.Code }).ToListAsync())
            .Select(s => $"T|{s.ExternalCode}|{s.Subject}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.Employments.AsNoTracking()
                .Select(e => new { Person = e.Person!.ExternalCode, Organisation = e.Organisation!.ExternalCode, e.Position, e.IsMain, e.ValidFrom, e.ValidTo }).ToListAsync())
            .Select(e => string.Create(c, $"E|{e.Person}|{e.Organisation}|{e.Position}|{e.IsMain}|{e.ValidFrom:O}|{e.ValidTo:O}")).Order(StringComparer.Ordinal));
        lines.AddRange((await db.Vacancies.AsNoTracking()
                .Join(db.Organisations, v => v.OrganisationId, o => o.Id, (v, o) => new { o.ExternalCode, Subject = v.Subject!.Code, v.SchoolYear, v.Count }).ToListAsync())
            .Select(v => $"V|{v.ExternalCode}|{v.Subject}|{v.SchoolYear}|{v.Count}").Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
