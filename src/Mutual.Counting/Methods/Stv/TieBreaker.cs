using Mutual.Counting.Arithmetic;

namespace Mutual.Counting.Methods.Stv;

/// <summary>Which way a tie is decided: the highest goes first (surplus, election) or the lowest (exclusion).</summary>
public enum TiePreference
{
    Highest,
    Lowest,
}

/// <summary>
/// Breaks ties as the Scottish rules do (SSI 2007/42 rules 49(2)-(3) and 51(2)): by the most
/// recent earlier stage at which the tied candidates' votes differed, and failing that by lot.
/// A tie order given with the election (Droop's <c>[tie …]</c>) stands in for the lot, as in
/// Droop: the first tied candidate in that order is chosen. Otherwise the lot is drawn from a
/// <see cref="SplitMix64"/> seeded by the count's seed. Every tie is logged in words.
/// </summary>
public sealed class TieBreaker(IReadOnlyList<string> names, IReadOnlyList<int>? tieOrder, ulong seed)
{
    private readonly SplitMix64 _lot = new(seed);
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Log => _log;

    /// <summary>
    /// Chooses one of <paramref name="tied"/> for <paramref name="purpose"/> (e.g. "exclusion").
    /// <paramref name="history"/> holds each earlier stage's totals, oldest first.
    /// </summary>
    public int Choose(IReadOnlyList<int> tied, TiePreference preference, IReadOnlyList<IReadOnlyList<decimal>> history,
        int stage, string purpose)
    {
        if (tied.Count == 1) return tied[0];
        var ordered = tied.Order().ToArray();
        var listed = string.Join(", ", ordered.Select(c => names[c]));

        for (var s = history.Count - 1; s >= 0; s--)
        {
            var totals = history[s];
            var extreme = preference == TiePreference.Highest ? ordered.Max(c => totals[c]) : ordered.Min(c => totals[c]);
            var atExtreme = ordered.Where(c => totals[c] == extreme).ToArray();
            if (atExtreme.Length != 1) continue;
            _log.Add($"stage {stage}: {purpose} tie between {listed} broken by the votes at stage {s + 1}: {names[atExtreme[0]]}");
            return atExtreme[0];
        }

        if (tieOrder is not null)
        {
            var first = tieOrder.First(ordered.Contains);
            _log.Add($"stage {stage}: {purpose} tie between {listed} broken by the given tie order: {names[first]}");
            return first;
        }

        var drawn = ordered[_lot.NextInt(ordered.Length)];
        _log.Add($"stage {stage}: {purpose} tie between {listed} broken by lot (seed {_lot.Seed}): {names[drawn]}");
        return drawn;
    }
}
