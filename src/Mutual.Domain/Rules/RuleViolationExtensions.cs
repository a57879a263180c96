namespace Mutual.Domain.Rules;

public static class RuleViolationExtensions
{
    public static IReadOnlyList<RuleViolation> Errors(this IEnumerable<RuleViolation> violations) =>
        [.. violations.Where(v => v.Severity == ViolationSeverity.Error)];

    public static IReadOnlyList<RuleViolation> Warnings(this IEnumerable<RuleViolation> violations) =>
        [.. violations.Where(v => v.Severity == ViolationSeverity.Warning)];

    public static bool HasErrors(this IEnumerable<RuleViolation> violations) => violations.Any(v => v.IsError);
}
