using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>One Meek count from start to finish; see <see cref="MeekStv"/> for the rules.</summary>
internal sealed class MeekStvCounter
{
    private readonly int seats;
    private readonly IReadOnlyList<string> names;
    private readonly MeekStvBallots ballots;
    private readonly CandidateState[] states;
    private readonly ulong[] keep;
    private readonly Int128[] votes;
    private readonly List<int> elected = [];
    private readonly MeekStvStageSheet sheet;
    private readonly MeekStvTieBreak ties;
    private Int128 nonTransferable;
    private Int128 residual;
    private Int128 quota;
    private Int128 surplus;

    public MeekStvCounter(Election election, CountOptions options, MeekStvTies tieRule)
    {
        names = election.Candidates;
        seats = options.Seats ?? election.Seats;
        ballots = MeekStvBallots.From(election);
        states = Enumerable.Range(0, names.Count)
            .Select(c => election.Withdrawn.Contains(c) ? CandidateState.Withdrawn : CandidateState.Continuing)
            .ToArray();
        keep = states.Select(s => s == CandidateState.Continuing ? MeekStvFixedPoint.One : 0UL).ToArray();
        votes = new Int128[names.Count];
        sheet = new MeekStvStageSheet(names, ballots.TotalWeight);
        ties = new MeekStvTieBreak(tieRule, election.TieOrder, options.Seed, names);
        Title = election.Title;
        Seed = options.Seed;
    }

    private string Title { get; }

    private ulong Seed { get; }

    private List<int> Hopeful => Enumerable.Range(0, names.Count).Where(c => states[c] == CandidateState.Continuing).ToList();

    private int SeatsLeft => seats - elected.Count;

    public MeekStvResult Run()
    {
        (nonTransferable, residual) = MeekStvDistribution.Distribute(ballots, keep, votes);
        quota = QuotaFor(ballots.TotalWeight - nonTransferable - residual);
        Record(StageKind.FirstPreferences, "First preferences", [], []);

        for (var round = 1; Hopeful.Count > SeatsLeft && SeatsLeft > 0; round++)
        {
            var (stop, iterations, newlyElected, sureLosers) = Iterate();
            var after = $"after {iterations} iteration{(iterations == 1 ? "" : "s")}";
            if (stop == MeekStvStop.Elected)
            {
                Record(StageKind.Iteration, $"Round {round}: {Names(newlyElected)} elected {after}", newlyElected, []);
                continue;
            }

            var excluded = stop == MeekStvStop.SureLosers ? sureLosers : [LowestToExclude()];
            foreach (var c in excluded) Exclude(c);
            var why = stop switch
            {
                MeekStvStop.SureLosers => "excluded as sure losers",
                MeekStvStop.Omega => "excluded, the surplus being at most omega",
                _ => "excluded, the surplus having stopped falling",
            };
            Record(StageKind.Exclusion, $"Round {round}: {Names(excluded)} {why} {after}", [], excluded);
        }

        FinishRemaining();
        var result = new CountResult("meek", Title, names, seats, MeekStvFixedPoint.ToDecimal(quota), elected, sheet.Stages)
        {
            Seed = Seed,
            Precision = MeekStv.Precision,
            ValidVotes = MeekStvFixedPoint.ToDecimal(ballots.TotalWeight),
            Ties = ties.Log,
        };
        return new MeekStvResult(result, sheet.KeepFactors);
    }

    private (MeekStvStop Stop, int Iterations, List<int> Elected, IReadOnlyList<int> SureLosers) Iterate()
    {
        var lastSurplus = Int128.MaxValue;
        for (var iteration = 1; ; iteration++)
        {
            (nonTransferable, residual) = MeekStvDistribution.Distribute(ballots, keep, votes);
            quota = QuotaFor(ballots.TotalWeight - nonTransferable - residual);
            var reached = Hopeful.Where(c => MeekStvGuard.Above(votes[c], quota)).OrderByDescending(c => votes[c]).ThenBy(c => c).ToList();
            foreach (var c in reached) Elect(c);
            surplus = elected.Aggregate(Int128.Zero, (sum, c) => sum + votes[c] - quota);

            if (reached.Count > 0) return (MeekStvStop.Elected, iteration, reached, []);
            if (MeekStvGuard.AtMost(surplus, MeekStvFixedPoint.Omega)) return (MeekStvStop.Omega, iteration, [], []);
            if (iteration > 1 && MeekStvGuard.AtLeast(surplus, lastSurplus)) return (MeekStvStop.Stable, iteration, [], []);
            var sureLosers = MeekStvBatchDefeat.SureLosers(Hopeful, votes, surplus, SeatsLeft);
            if (sureLosers.Count > 0) return (MeekStvStop.SureLosers, iteration, [], sureLosers);

            lastSurplus = surplus;
            foreach (var c in elected) keep[c] = MeekStvFixedPoint.NextKeepFactor(keep[c], quota, votes[c]);
        }
    }

    /// <summary>The lowest hopeful; those within the surplus of it count as tied with it.</summary>
    private int LowestToExclude()
    {
        var hopeful = Hopeful;
        var low = hopeful.Min(c => votes[c]);
        var margin = surplus > 0 ? surplus : Int128.Zero;
        return ties.ChooseLowest(hopeful.Where(c => MeekStvGuard.AtMost(votes[c], low + margin)).ToList(), sheet.RawTotals);
    }

    private void FinishRemaining()
    {
        var remaining = Hopeful.OrderByDescending(c => votes[c]).ThenBy(c => c).ToList();
        if (remaining.Count == 0) return;
        var toElect = remaining.Take(Math.Max(SeatsLeft, 0)).ToList();
        var toExclude = remaining.Skip(toElect.Count).Order().ToList();
        foreach (var c in toElect) Elect(c);
        foreach (var c in toExclude) Exclude(c);
        (nonTransferable, residual) = MeekStvDistribution.Distribute(ballots, keep, votes);
        var what = toElect.Count > 0 ? $"{Names(toElect)} elected to fill the remaining seats" : "";
        if (toExclude.Count > 0) what += $"{(what.Length > 0 ? "; " : "")}{Names(toExclude)} excluded, all seats being filled";
        Record(StageKind.Final, $"Final: {what}", toElect, toExclude);
    }

    private void Elect(int c)
    {
        states[c] = CandidateState.Elected;
        elected.Add(c);
    }

    private void Exclude(int c)
    {
        states[c] = CandidateState.Excluded;
        keep[c] = 0;
    }

    private Int128 QuotaFor(Int128 active) => active / (seats + 1);

    private void Record(StageKind kind, string description, IReadOnlyList<int> newlyElected, IReadOnlyList<int> excluded) =>
        sheet.Add(kind, description, votes, nonTransferable, residual, states, keep, newlyElected, excluded, quota, surplus);

    private string Names(IEnumerable<int> candidates) => string.Join(", ", candidates.Select(c => names[c]));
}
