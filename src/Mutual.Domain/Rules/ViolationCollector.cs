namespace Mutual.Domain.Rules;

/// <summary>Gathers violations as the validator walks the rules.</summary>
internal sealed class ViolationCollector
{
    private readonly List<RuleViolation> _violations = [];

    public IReadOnlyList<RuleViolation> Violations => _violations;

    public void Error(string field, string message, string reference) =>
        _violations.Add(new RuleViolation(field, message, reference, ViolationSeverity.Error));

    public void Warning(string field, string message, string reference) =>
        _violations.Add(new RuleViolation(field, message, reference, ViolationSeverity.Warning));
}
