using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

/// <summary>
/// D2: everyone stands down at the first AGM; after that the rules' fraction of the board, rounded
/// to nearest, retires, longest-serving since their last election first, ties settled by lot.
/// </summary>
public static class BoardRotation
{
    public static RotationDraw Draw(IReadOnlyList<Director> board, bool firstAgm, BoardRules rules, int seed)
    {
        if (firstAgm) return new RotationDraw([.. board.OrderBy(d => d.ElectedOn).ThenBy(d => d.Name, StringComparer.Ordinal)], true, seed, false);

        var count = rules.RetiringAt(board.Count);
        // Name order first so the lot depends only on the seed, not on how the board was listed.
        var lot = new Random(seed);
        var ordered = board.OrderBy(d => d.ElectedOn).ThenBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.MemberId.Value)
            .GroupBy(d => d.ElectedOn)
            .SelectMany(group => Shuffle(group.ToList(), lot))
            .ToList();
        var retiring = ordered.Take(count).ToList();
        var lotDecided = count > 0 && count < ordered.Count && ordered[count - 1].ElectedOn == ordered[count].ElectedOn;
        return new RotationDraw(retiring, false, seed, lotDecided);
    }

    private static List<Director> Shuffle(List<Director> tied, Random lot)
    {
        for (var i = tied.Count - 1; i > 0; i--)
        {
            var j = lot.Next(i + 1);
            (tied[i], tied[j]) = (tied[j], tied[i]);
        }

        return tied;
    }
}
