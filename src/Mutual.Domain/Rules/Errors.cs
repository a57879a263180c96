using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

public sealed record UnknownRuleTemplate(string Name, IReadOnlyList<string> Known)
    : DomainError($"There is no model-rules template called \"{Name}\". Choose one of: {string.Join(", ", Known)}.");

public sealed record RulesInvalid(IReadOnlyList<RuleViolation> Violations)
    : DomainError("The rules break the law or themselves: " + string.Join("; ", Violations.Where(v => v.IsError)));
