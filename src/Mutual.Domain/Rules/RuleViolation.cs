namespace Mutual.Domain.Rules;

/// <summary>
/// One problem with a set of rules: the field it concerns (a path such as
/// <c>membershipClasses[2].weight</c>), what is wrong in words a secretary can act on, and the rule
/// it breaks (<c>DOMAIN C10</c>). Errors block adoption; warnings only need a second look.
/// </summary>
public sealed record RuleViolation(string Field, string Message, string Reference, ViolationSeverity Severity)
{
    public bool IsError => Severity == ViolationSeverity.Error;

    public override string ToString() => $"{Severity} {Field}: {Message} ({Reference})";
}

public enum ViolationSeverity
{
    Error,
    Warning,
}
