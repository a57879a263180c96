namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// How Meek breaks a tie for exclusion (candidates within the surplus of the lowest count as
/// tied).
/// </summary>
public enum MeekStvTies
{
    /// <summary>
    /// As the other rules here do: the candidate lowest at the most recent earlier stage where the
    /// tied candidates differed (as the New Zealand rules and OpenSTV do); failing that, lot, for
    /// which a tie order declared with the election stands in, else the seeded generator.
    /// </summary>
    EarlierStagesThenLot,

    /// <summary>
    /// Droop's reference rule: the first of the tied in the declared tie order, else in candidate
    /// order, without looking at earlier stages.
    /// </summary>
    Droop,
}
