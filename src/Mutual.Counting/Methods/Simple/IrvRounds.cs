using Mutual.Counting.Ballots;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Simple;

/// <summary>The rounds of one IRV count; see <see cref="Irv"/> for the rule.</summary>
internal sealed class IrvRounds(Election election, CountOptions options)
{
    private readonly int _candidates = election.Candidates.Count;
    private readonly CandidateState[] _states = Enumerable.Range(0, election.Candidates.Count)
        .Select(c => election.Withdrawn.Contains(c) ? CandidateState.Withdrawn : CandidateState.Continuing)
        .ToArray();
    private readonly List<Stage> _stages = [];
    private readonly TieBreaker _ties = new(election.Candidates, election.TieOrder, options.Seed);

    public CountResult Run(string method)
    {
        int? excluded = null;
        while (true)
        {
            var (totals, unused) = Tally();
            var live = Continuing().ToList();
            var inCount = live.Sum(c => totals[c]);
            var winner = live.Count == 1 ? live[0] : live.Where(c => totals[c] * 2 > inCount).Cast<int?>().FirstOrDefault();
            if (winner is int w) _states[w] = CandidateState.Elected;
            AddStage(totals, unused, excluded, winner, live.Count);
            if (winner is not null || live.Count == 0) break;

            excluded = Lowest(live, totals);
            _states[excluded.Value] = CandidateState.Excluded;
        }

        var elected = Enumerable.Range(0, _candidates).Where(c => _states[c] == CandidateState.Elected).ToArray();
        return new CountResult(method, election.Title, election.Candidates, 1, null, elected, _stages)
        {
            Seed = options.Seed,
            ValidVotes = election.TotalWeight,
            Ties = _ties.Log,
        };
    }

    private IEnumerable<int> Continuing() =>
        Enumerable.Range(0, _candidates).Where(c => _states[c] == CandidateState.Continuing);

    private (decimal[] Totals, decimal Unused) Tally()
    {
        var totals = new decimal[_candidates];
        var unused = 0m;
        foreach (var ballot in election.Ballots)
        {
            var to = NextChoice(ballot);
            if (to is int c) totals[c] += ballot.Weight;
            else unused += ballot.Weight;
        }

        return (totals, unused);
    }

    private int? NextChoice(Ballot ballot)
    {
        foreach (var rank in ballot.Ranks)
        {
            int? found = null;
            foreach (var candidate in rank)
            {
                if (_states[candidate] != CandidateState.Continuing) continue;
                if (found is not null) return null;
                found = candidate;
            }

            if (found is not null) return found;
        }

        return null;
    }

    private int Lowest(List<int> live, decimal[] totals)
    {
        var low = live.Min(c => totals[c]);
        var tied = live.Where(c => totals[c] == low).ToList();
        var earlier = _stages.SkipLast(1).Select(s => s.Totals).ToList();
        return _ties.Choose(tied, TiePreference.Lowest, earlier, _stages.Count, "exclusion");
    }

    private void AddStage(decimal[] totals, decimal unused, int? excluded, int? winner, int live)
    {
        var previous = _stages.Count == 0 ? null : _stages[^1];
        var transfers = totals.Select((t, c) => t - (previous?.Totals[c] ?? 0m)).ToArray();
        var number = _stages.Count + 1;
        var kind = excluded is null ? StageKind.FirstPreferences : StageKind.Exclusion;
        var description = excluded is int x
            ? $"Exclusion of {x + 1} {election.Candidates[x]}"
            : "First preferences";
        _stages.Add(new Stage(
            number, kind, description, totals, transfers, unused, unused - (previous?.NonTransferable ?? 0m),
            [.. _states], winner is int w ? [w] : [], excluded is int e ? [e] : [])
        {
            From = excluded is int f ? [f] : [],
            Note = winner is null ? null : live == 1 ? "Last continuing candidate" : "More than half of the votes in the count",
        });
    }
}
