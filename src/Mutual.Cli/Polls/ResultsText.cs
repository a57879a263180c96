using System.Globalization;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;

namespace Mutual.Cli.Polls;

/// <summary>A poll's results as plain text: the verdict or the round sheet, turnout, then every receipt and ballot.</summary>
internal static class ResultsText
{
    public static void Write(TextWriter output, PollResults results)
    {
        var poll = results.Poll;
        var t = results.Turnout;
        output.WriteLine(poll.Title);
        output.WriteLine(Invariant($"{Describe(poll)}, {(results.IsCertified ? "certified" : results.IsCounted ? "counted, not yet certified" : "closed, not yet counted")}"));
        output.WriteLine(Invariant($"Turnout: {t.Voted} of {t.Eligible} eligible members voted (online {t.Online}, paper {t.Paper}, proxy {t.Proxy})"));
        if (results.Resolution is { } r)
        {
            output.WriteLine(Invariant($"For: {r.For}  Against: {r.Against}  Abstain: {r.Abstain}  Votes cast: {r.Cast}"));
            foreach (var c in r.Classes)
                output.WriteLine(Invariant($"  {c.Name} (weight {c.Weight}): for {c.For}, against {c.Against}, abstain {c.Abstain}"));
            output.WriteLine(r.Explanation);
        }

        if (results.Election is { } e)
        {
            output.WriteLine("Elected: " + string.Join(", ", e.Elected.Select(n => e.Candidates[n - 1])));
            output.WriteLine();
            output.Write(e.RoundSheetText);
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Ballots ({results.Ballots.Count}), by receipt code:"));
        foreach (var b in results.Ballots)
            output.WriteLine(b.ClassKey is null ? $"  {b.Receipt}  {b.Ballot}" : $"  {b.Receipt}  {b.Ballot}  ({b.ClassKey})");
    }

    private static string Describe(Poll poll) => poll.Kind == PollKind.Election
        ? Invariant($"Election of {poll.Seats} by {poll.CountingMethod}")
        : $"{poll.ResolutionKind} resolution";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
