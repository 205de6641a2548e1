using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

/// <summary>One page of a list (pages are numbered from 1) and the total number of matching rows.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 500;

    public static async Task<Paged<T>> PageAsync<T>(this IQueryable<T> ordered, int total, int page, int pageSize, CancellationToken ct)
    {
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, total, page, pageSize);
    }
}
