using Mutual.Domain.Societies;

namespace Mutual.Data.Rules;

/// <summary>
/// One adopted version of a society's rules, kept as the YAML text it was adopted in so the exact
/// wording survives later changes to the rules model. Versions count from 1 and are never edited.
/// </summary>
public sealed record RulesVersion(SocietyId SocietyId, int Version, DateTimeOffset AdoptedAt, string Yaml);
