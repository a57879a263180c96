namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// Breaks a tie among candidates with equal votes for the simple methods: first by the election's
/// own tie order (a Droop <c>[tie]</c> line, earliest ranked first), otherwise by lot with a seeded
/// generator so that a recount with the same seed draws the same way. Every tie it breaks is
/// written down for the round sheet.
/// </summary>
internal sealed class SimpleTieBreaker(IReadOnlyList<int>? tieOrder, ulong seed, IReadOnlyList<string> names)
{
    private readonly SeededLot _lot = new(seed);
    private readonly List<string> _ties = [];

    public IReadOnlyList<string> Ties => _ties;

    /// <summary>Picks the one candidate the tie favours (<paramref name="purpose"/> says for what).</summary>
    public int Choose(IReadOnlyList<int> tied, string purpose)
    {
        if (tied.Count == 1) return tied[0];
        var ordered = tied.Order().ToArray();
        var chosen = FromTieOrder(ordered);
        var how = chosen is null ? "by lot" : "by the election's tie order";
        chosen ??= ordered[_lot.Next(ordered.Length)];
        _ties.Add($"{purpose}: {string.Join(", ", ordered.Select(Label))} tied; {Label(chosen.Value)} chosen {how}");
        return chosen.Value;
    }

    private int? FromTieOrder(int[] tied)
    {
        if (tieOrder is null) return null;
        foreach (var candidate in tieOrder)
        {
            if (tied.Contains(candidate)) return candidate;
        }

        return null;
    }

    private string Label(int candidate) => $"{candidate + 1} {names[candidate]}";
}
