namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// The share of the votes cast a resolution needs (DOMAIN.md C7): an ordinary resolution needs
/// more than half, a special (extraordinary) one at least three quarters; some rules use two
/// thirds, so any fraction can be set, held as whole numbers so that 2/3 stays exact.
/// Abstentions are reported but are not votes cast unless <see cref="AbstentionsCountAsCast"/>.
/// </summary>
public sealed record ResolutionThreshold(int Numerator, int Denominator, ThresholdComparison Comparison)
{
    public static ResolutionThreshold Ordinary { get; } = new(1, 2, ThresholdComparison.MoreThan);

    public static ResolutionThreshold Special { get; } = new(3, 4, ThresholdComparison.AtLeast);

    public bool AbstentionsCountAsCast { get; init; }

    public ExactFraction Share => new(Numerator, Denominator);

    /// <summary>True when <paramref name="share"/> of the votes meets this threshold.</summary>
    public bool IsMetBy(ExactFraction share) => Comparison switch
    {
        ThresholdComparison.MoreThan => share > Share,
        ThresholdComparison.AtLeast => share >= Share,
        _ => throw new InvalidOperationException($"Unknown comparison {Comparison}."),
    };

    public override string ToString() =>
        $"{(Comparison == ThresholdComparison.MoreThan ? "more than" : "at least")} {Numerator}/{Denominator} of the votes cast";
}

public enum ThresholdComparison
{
    MoreThan,
    AtLeast,
}
