using Mutual.Data.Rules;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Rules;

/// <summary>The version of the rules in force, as adopted (YAML) and as data.</summary>
public sealed record CurrentRules(int Version, DateTimeOffset AdoptedAt, string Yaml, SocietyRules Rules)
{
    /// <summary>Every society is created with rules, so a society without them is a bug, not a user error.</summary>
    public static async Task<CurrentRules> LoadAsync(RulesStore store, SocietyId society, CancellationToken ct)
    {
        var version = await store.CurrentVersionAsync(society, ct)
            ?? throw new InvalidOperationException($"Society {society} has no rules.");
        return new CurrentRules(version.Version, version.AdoptedAt, version.Yaml, RulesYaml.Read(version.Yaml).Value);
    }
}
