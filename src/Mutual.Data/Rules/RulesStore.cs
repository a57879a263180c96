using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Rules;

/// <summary>
/// A society's rules, version by version: the current rules, their history, adopting a new version
/// from YAML and exporting the current one. Adopted versions are never edited.
/// </summary>
public sealed class RulesStore(MutualDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string AdoptedAction = "rules.adopted";

    public static string AdoptedSubject(int version) => $"version {version}";

    public Task<RulesVersion?> CurrentVersionAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        db.RulesVersions.AsNoTracking()
            .Where(r => r.SocietyId == societyId)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Result<SocietyRules>> CurrentAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        await CurrentVersionAsync(societyId, cancellationToken) is { } version ? RulesYaml.Read(version.Yaml) : new SocietyHasNoRules();

    public async Task<IReadOnlyList<RulesVersion>> HistoryAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        await db.RulesVersions.AsNoTracking().Where(r => r.SocietyId == societyId).OrderBy(r => r.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Adopts <paramref name="yaml"/> as the next version if it reads and validates; the text is kept
    /// as given, comments included. Nothing changes when it has problems.
    /// </summary>
    public async Task<Result<RulesVersion>> ImportAsync(SocietyId societyId, string yaml, string actor, CancellationToken cancellationToken = default)
    {
        var rules = RulesYaml.Import(yaml);
        if (rules.Error is { } error) return error;

        var current = await CurrentVersionAsync(societyId, cancellationToken);
        var version = new RulesVersion(societyId, (current?.Version ?? 0) + 1, clock.GetUtcNow(), yaml);
        db.RulesVersions.Add(version);
        await audit.AppendAsync(societyId, actor, AdoptedAction, AdoptedSubject(version.Version),
            current is null ? null : new { current.Version, current.Yaml }, new { version.Version, version.Yaml }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    public async Task<Result<string>> ExportAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        await CurrentVersionAsync(societyId, cancellationToken) is { } version ? version.Yaml : new SocietyHasNoRules();
}
