using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Societies;

/// <summary>The societies hosted on this installation: create one from model rules, list, find by slug.</summary>
public sealed class SocietyDirectory(MutualDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Creates a society whose first rules are the model <paramref name="template"/> under the
    /// society's own name; rules that break the statute (such as a name without "Limited", A6) are refused.
    /// </summary>
    public async Task<Result<Society>> CreateAsync(string slug, string name, string template, string actor, CancellationToken cancellationToken = default)
    {
        var model = ModelRuleTemplates.Get(template);
        if (model.Error is { } unknown) return unknown;
        var rules = RulesValidator.Adoptable(model.Value with { Name = name.Trim() });
        if (rules.Error is { } invalid) return invalid;

        var now = clock.GetUtcNow();
        var created = Society.Create(slug, name, now);
        if (created.Error is { } error) return error;
        if (await db.Societies.AnyAsync(s => s.Slug == slug, cancellationToken)) return new SocietySlugTaken(slug);

        var society = created.Value;
        var version = new RulesVersion(society.Id, 1, now, RulesYaml.Write(rules.Value));
        db.Societies.Add(society);
        db.RulesVersions.Add(version);
        await audit.AppendAsync(society.Id, actor, "society.created", society.Slug, null, new { society.Slug, society.Name, template }, cancellationToken);
        await audit.AppendAsync(society.Id, actor, "rules.adopted", "version 1", null, new { version.Version, version.Yaml }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return society;
    }

    public async Task<IReadOnlyList<Society>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Societies.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Society?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Societies.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public async Task<Result<Society>> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        await FindAsync(slug, cancellationToken) is { } society ? society : new SocietyNotFound(slug);
}
