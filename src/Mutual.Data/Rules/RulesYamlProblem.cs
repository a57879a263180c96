namespace Mutual.Data.Rules;

/// <summary>One problem in a rules YAML file: the line, the field path and what is wrong.</summary>
public sealed record RulesYamlProblem(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}, {Field}: {Message}";
}
