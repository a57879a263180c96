using System.Globalization;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Builds the round sheet of a Meek count: one stage for the first preferences and one per
/// round, each with the totals, the quota of that round and the keep factors of the elected.
/// </summary>
internal sealed class MeekStvStageSheet(IReadOnlyList<string> names, Int128 validVote)
{
    private readonly List<Stage> stages = [];
    private readonly List<IReadOnlyList<decimal>> keepFactors = [];
    private readonly List<Int128[]> rawTotals = [];
    private Int128 lastNonTransferable;

    public IReadOnlyList<Stage> Stages => stages;

    public IReadOnlyList<IReadOnlyList<decimal>> KeepFactors => keepFactors;

    /// <summary>Exact totals at the end of every stage so far, for breaking ties.</summary>
    public IReadOnlyList<Int128[]> RawTotals => rawTotals;

    public void Add(
        StageKind kind,
        string description,
        Int128[] votes,
        Int128 nonTransferable,
        Int128 residual,
        CandidateState[] states,
        ulong[] keep,
        IReadOnlyList<int> elected,
        IReadOnlyList<int> excluded,
        Int128 quota,
        Int128 surplus)
    {
        var previous = rawTotals.Count > 0 ? rawTotals[^1] : new Int128[votes.Length];
        var totals = votes.Select(MeekStvFixedPoint.ToDecimal).ToArray();
        var transfers = votes.Select((v, c) => MeekStvFixedPoint.ToDecimal(v - previous[c])).ToArray();
        var factors = keep.Select(k => MeekStvFixedPoint.ToDecimal(k)).ToArray();
        var keptBy = string.Join(", ", Enumerable.Range(0, keep.Length)
            .Where(c => states[c] == CandidateState.Elected)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{names[c]} {factors[c]}")));
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Quota {MeekStvFixedPoint.ToDecimal(quota)}; total surplus {MeekStvFixedPoint.ToDecimal(surplus)}; valid vote {MeekStvFixedPoint.ToDecimal(validVote)}. Keep factors: {(keptBy.Length > 0 ? keptBy : "none yet")}.");
        var movedFrom = stages.Count == 0
            ? []
            : stages[^1].Excluded.Concat(Enumerable.Range(0, keep.Length).Where(c => states[c] == CandidateState.Elected && keep[c] < MeekStvFixedPoint.One)).Distinct().ToList();

        stages.Add(new Stage(
            stages.Count + 1,
            kind,
            description,
            totals,
            transfers,
            MeekStvFixedPoint.ToDecimal(nonTransferable),
            MeekStvFixedPoint.ToDecimal(nonTransferable - lastNonTransferable),
            states.ToArray(),
            elected.ToArray(),
            excluded.ToArray())
        {
            From = movedFrom,
            Quota = MeekStvFixedPoint.ToDecimal(quota),
            Residual = MeekStvFixedPoint.ToDecimal(residual),
            Note = note,
        });
        keepFactors.Add(factors);
        rawTotals.Add(votes.ToArray());
        lastNonTransferable = nonTransferable;
    }
}
