using Mutual.Domain.Common;

namespace Mutual.Data.Rules;

/// <summary>The rules YAML could not be read (or, on import, broke the rules); nothing was changed.</summary>
public sealed record RulesYamlInvalid(IReadOnlyList<RulesYamlProblem> Problems)
    : DomainError("The rules file has problems: " + string.Join("; ", Problems));
