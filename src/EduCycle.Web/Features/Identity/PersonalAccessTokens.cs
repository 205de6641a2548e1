using System.Security.Cryptography;
using System.Text;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Identity;

/// <summary>Creates, lists, revokes and resolves personal access tokens for scripts.</summary>
public sealed class PersonalAccessTokens(IDbContextFactory<EduCycleDbContext> factory, TimeProvider clock)
{
    public const string TokenPrefix = "ec_";

    public sealed record Created(int Id, string Token);

    public sealed record Listed(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

    public async Task<Created> CreateAsync(string userId, string name, DateTime? expiresAt, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Укажите название токена.", nameof(name));
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new PersonalAccessToken
        {
            UserId = userId,
            Name = name.Trim(),
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.PersonalAccessTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return new Created(row.Id, token);
    }

    public async Task<List<Listed>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new Listed(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(ct);
    }

    /// <summary>Revokes one of the user's own tokens; false when there is no such token of this user.</summary>
    public async Task<bool> RevokeAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (row is null) return false;
        row.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The user id a valid (not revoked, not expired) token belongs to.</summary>
    public async Task<string?> ResolveAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal)) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Select(t => new { t.Id, t.UserId })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        await db.PersonalAccessTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        return row.UserId;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
