using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// Approval voting: every candidate a ballot names, at any rank, receives the ballot's full
/// weight once; the <c>seats</c> candidates with the most approvals win.
/// </summary>
public sealed class Approval : ICountingMethod
{
    public string Name => "approval";

    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var totals = new decimal[election.Candidates.Count];
        var unused = 0m;
        var approved = new HashSet<int>();
        foreach (var ballot in election.Ballots)
        {
            approved.Clear();
            foreach (var rank in ballot.Ranks)
                approved.UnionWith(rank.Where(c => !election.Withdrawn.Contains(c)));
            foreach (var candidate in approved) totals[candidate] += ballot.Weight;
            if (approved.Count == 0) unused += ballot.Weight;
        }

        return SingleRoundCount.Build(Name, election, options, totals, unused);
    }
}
