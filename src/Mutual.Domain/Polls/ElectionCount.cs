using Mutual.Counting.Methods;
using Mutual.Counting.Output;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Polls;

/// <summary>
/// Counts a closed election by its method (STV by default, D1) with Mutual.Counting, and keeps the
/// round sheet as text and JSON from the library's own writers. The count is deterministic: the
/// same ballots and rules give the same result and sheet (seed 1 for any tie broken by lot).
/// </summary>
public static class ElectionCount
{
    public static ElectionOutcome Count(Poll poll, SocietyRules rules, IReadOnlyList<RankedVote> votes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var method = MethodCatalog.Find(poll.CountingMethod)
            ?? throw new InvalidOperationException($"The poll's counting method {poll.CountingMethod} is unknown.");
        var election = ElectionBallots.Build(poll, rules, votes);
        var result = method.Count(election, new CountOptions(poll.Seats));
        var counted = new CountedFile(poll.Title, result);
        using var text = new StringWriter();
        TextRoundSheet.Write(text, counted);
        return new ElectionOutcome(
            result.Method, poll.Seats, election.Candidates, [.. result.Elected.Select(e => e + 1)], result,
            text.ToString(), JsonResultWriter.Write([counted]))
        {
            Weighted = rules.IsWeighted,
        };
    }
}
