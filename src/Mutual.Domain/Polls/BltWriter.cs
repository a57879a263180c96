using System.Globalization;
using Mutual.Counting.Ballots;

namespace Mutual.Domain.Polls;

/// <summary>
/// Writes an election as BLT, the ballot format of ERS, OpenSTV and Droop that Mutual.Counting's
/// <c>BltReader</c> reads, so anyone can recount a published election with any counting program.
/// Identical ballots of equal weight are merged into one line. Weighted ballots (C10) keep their
/// decimal weights; BLT allows them.
/// </summary>
public static class BltWriter
{
    public static void Write(TextWriter output, Election election)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(election);
        output.WriteLine(Invariant($"{election.Candidates.Count} {election.Seats}"));
        var lines = election.Ballots
            .GroupBy(b => (Ranking: string.Join(' ', b.Ranks.Select(r => string.Join('=', r.Select(c => c + 1)))), b.Weight))
            .Select(g => (g.Key.Ranking, Weight: g.Key.Weight * g.Count()))
            .OrderBy(l => l.Ranking, StringComparer.Ordinal)
            .ThenBy(l => l.Weight);
        foreach (var (ranking, weight) in lines)
            output.WriteLine(Invariant($"{weight} {ranking} 0"));
        output.WriteLine("0");
        foreach (var name in election.Candidates) output.WriteLine(Quoted(name));
        output.WriteLine(Quoted(election.Title));
    }

    // BLT has no escape for a double quote inside a name.
    private static string Quoted(string text) => "\"" + text.Replace('"', '\'') + "\"";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
