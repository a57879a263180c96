using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Meek STV (Hill, Wichmann and Woodall 1987, "Algorithm 123"; the New Zealand rules): elected
/// candidates keep a fraction of every vote that reaches them (their keep factor), chosen by
/// iteration so that each keeps just a quota; the quota is recomputed from the votes not yet
/// exhausted; the iteration stops when the total surplus is at most omega (10^-9). Then sure
/// losers are excluded in a batch, or else the lowest candidate, and the count is redone as if
/// the excluded had never stood. Arithmetic is decimal fixed point with 18 places; it gives the
/// winners of both reference counters (Droop, 18+9 guarded digits; OpenSTV, 6 places) and
/// Droop's round totals and keep factors to 15 places.
/// </summary>
public sealed class MeekStv(MeekStvTies ties = MeekStvTies.EarlierStagesThenLot) : ICountingMethod
{
    public const string Precision = "fixed-point, 18 decimals (shares truncated, keep factors rounded up; totals within 5e-13 compare equal), omega 1e-9";

    public string Name => "meek";

    public CountResult Count(Election election, CountOptions options) => CountWithKeepFactors(election, options).Count;

    /// <summary>The count, with every candidate's keep factor at each stage.</summary>
    public MeekStvResult CountWithKeepFactors(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        return new MeekStvCounter(election, options, ties).Run();
    }
}
