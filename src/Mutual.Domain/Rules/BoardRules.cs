using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// The board (DOMAIN D1–D3): its size, the fraction that retires by rotation at each AGM after the
/// first (rounded to nearest, D2), the minimum age of a director (B8) and how directors are elected.
/// </summary>
public sealed record BoardRules
{
    public int MinimumSize { get; init; } = 3;

    /// <summary>D1: set by the general meeting; null when the rules leave it open.</summary>
    public int? MaximumSize { get; init; } = 12;

    public Ratio RetirementFraction { get; init; } = Ratio.Of(1, 3);

    public int MinimumAge { get; init; } = 18;

    /// <summary>D3: external independent directors the board may appoint.</summary>
    public int MaximumIndependentDirectors { get; init; } = 2;

    /// <summary>The counting method for board elections, by its name in Mutual.Counting.</summary>
    public string ElectionMethod { get; init; } = "scottish-stv";

    /// <summary>D2: how many of a board of <paramref name="boardSize"/> retire at an AGM after the first.</summary>
    public int RetiringAt(int boardSize) => RetirementFraction.RoundedShareOf(boardSize);
}
