using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Rules;

/// <summary>
/// Every version of a society's rules ever adopted, oldest first, each with who adopted it (from the
/// audit chain's <c>rules.adopted</c> event, the record the adoption wrote in the same transaction) and
/// what today's validator says of it: a version adopted under an older validator may now draw errors.
/// </summary>
public sealed class RulesHistory(MutualDbContext db)
{
    public async Task<IReadOnlyList<RulesVersionSummary>> ListAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var versions = await db.RulesVersions.AsNoTracking().Where(r => r.SocietyId == societyId).OrderBy(r => r.Version).ToListAsync(cancellationToken);
        var adopters = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SocietyId == societyId && e.Action == RulesStore.AdoptedAction)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Subject, e.Actor })
            .ToListAsync(cancellationToken);
        var byVersion = adopters.GroupBy(a => a.Subject).ToDictionary(g => g.Key, g => g.Last().Actor);
        return [.. versions.Select(v => new RulesVersionSummary(
            v.Version, v.AdoptedAt, byVersion.GetValueOrDefault(RulesStore.AdoptedSubject(v.Version)), RulesVerdict.Of(v.Yaml)))];
    }

    public Task<RulesVersion?> GetAsync(SocietyId societyId, int version, CancellationToken cancellationToken = default) =>
        db.RulesVersions.AsNoTracking().SingleOrDefaultAsync(r => r.SocietyId == societyId && r.Version == version, cancellationToken);
}

/// <summary>One line of the rules history: the version, when and by whom it was adopted, and the validator's verdict.</summary>
public sealed record RulesVersionSummary(int Version, DateTimeOffset AdoptedAt, string? AdoptedBy, RulesVerdict Verdict);

/// <summary>What the rules validator says of one stored version: its errors and warnings, each as text citing its rule.</summary>
public sealed record RulesVerdict(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    public string Summary => (Errors.Count, Warnings.Count) switch
    {
        (0, 0) => "Valid",
        (0, var w) => $"Valid, {w} warning(s)",
        var (e, w) => $"{e} error(s), {w} warning(s)",
    };

    public static RulesVerdict Of(string yaml)
    {
        var rules = RulesYaml.Read(yaml);
        if (rules.Error is { } unreadable) return new([unreadable.Message], []);
        var violations = RulesValidator.Validate(rules.Value);
        return new([.. violations.Errors().Select(Describe)], [.. violations.Warnings().Select(Describe)]);
    }

    private static string Describe(RuleViolation v) => $"{v.Field}: {v.Message} ({v.Reference})";
}
