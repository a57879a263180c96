using System.Globalization;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>The ERS97 result sheet: one stage per surplus or exclusion, as the rules count stages.</summary>
internal sealed class Ers97StageSheet(IReadOnlyList<string> names, decimal validVote)
{
    private readonly List<Stage> stages = [];

    public IReadOnlyList<Stage> Stages => stages;

    public void Add(
        StageKind kind,
        string description,
        decimal[] votes,
        CandidateState[] states,
        IReadOnlyList<int> elected,
        IReadOnlyList<int> excluded,
        IReadOnlyList<int> from,
        decimal quota,
        decimal threshold,
        string note)
    {
        var previous = stages.Count > 0 ? stages[^1] : null;
        var totals = votes.ToArray();
        var nonTransferable = validVote - totals.Sum();
        stages.Add(new Stage(
            stages.Count + 1,
            kind,
            description,
            totals,
            totals.Select((v, c) => v - (previous?.Totals[c] ?? 0m)).ToArray(),
            nonTransferable,
            nonTransferable - (previous?.NonTransferable ?? 0m),
            states,
            elected.ToArray(),
            excluded.ToArray())
        {
            From = from.ToArray(),
            Quota = quota,
            Note = string.Create(CultureInfo.InvariantCulture, $"Quota {quota:0.00}; threshold for election {threshold:0.00} (5.1.7). {note}").Trim()
                + (elected.Count > 0 ? $" Deemed elected: {string.Join(", ", elected.Select(c => names[c]))}." : ""),
        });
    }
}
