using Mutual.Counting.Methods.Simple;
using Mutual.Domain.Common;

namespace Mutual.Domain.Polls;

/// <summary>
/// A counted resolution (DOMAIN C5, C7–C10): votes for, against and abstaining (each member's votes
/// per their class), the votes cast that the threshold is judged on, the exact share in favour (the
/// weighted share Σ weight_c × yes_share_c when the rules weight classes), the threshold in words,
/// and whether it carried. <see cref="Classes"/> breaks a weighted count down by class.
/// </summary>
public sealed record ResolutionOutcome(
    ResolutionKind Kind,
    decimal For,
    decimal Against,
    decimal Abstain,
    decimal Cast,
    ExactFraction ShareFor,
    string Threshold,
    bool Carried,
    string Explanation)
{
    public IReadOnlyList<ClassOutcome> Classes { get; init; } = [];

    /// <summary>C9: members eligible and members who voted, when a turnout condition applies.</summary>
    public int? Eligible { get; init; }

    public int? Voted { get; init; }
}

/// <summary>One membership class's votes in a weighted count (C10), with its weight.</summary>
public sealed record ClassOutcome(string Key, string Name, Ratio Weight, decimal For, decimal Against, decimal Abstain);
