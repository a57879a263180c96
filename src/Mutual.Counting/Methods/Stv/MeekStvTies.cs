namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// How Meek breaks a tie for exclusion (candidates within the surplus of the lowest count as
/// tied). A tie order declared with the election (<c>Election.TieOrder</c>) always decides first.
/// </summary>
public enum MeekStvTies
{
    /// <summary>
    /// The candidate lowest at the most recent earlier stage where the tied candidates differed
    /// (as the New Zealand rules and OpenSTV do), failing that by lot with the seeded generator.
    /// </summary>
    EarlierStagesThenLot,

    /// <summary>Droop's reference rule: the first of the tied in candidate order.</summary>
    CandidateOrder,
}
