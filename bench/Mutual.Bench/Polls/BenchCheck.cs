using Mutual.Data.Polls;

namespace Mutual.Bench.Polls;

/// <summary>
/// The benchmark's verdict on durability: every receipt the server answered with is published
/// exactly once, the ballots published equal the voters marked as having voted, and that number is
/// the accepted ballots plus those that landed while their answer died with the server.
/// </summary>
internal sealed record BenchCheck(bool Passed, string Summary)
{
    public static BenchCheck Of(LoadReport load, PollResults results, TimeSpan count)
    {
        var published = results.Ballots.GroupBy(b => b.Receipt, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var answered = load.Receipts.OfType<string>().ToList();
        var missing = answered.Count(r => !published.ContainsKey(r));
        var twice = published.Count(p => p.Value > 1);
        var ballots = results.Ballots.Count;
        var expected = load.Accepted + load.Unanswered;
        var passed = missing == 0 && twice == 0 && ballots == results.Turnout.Voted && ballots == expected;
        var summary = string.Join(Environment.NewLine,
            $"count of {ballots:N0} {results.Election?.Method} ballots: {count.TotalMilliseconds:F0} ms (CountAsync: load from the database, count, store)",
            $"  elected: {string.Join(", ", results.Election?.Elected ?? [])}",
            $"check: {answered.Count:N0} success receipts, {missing:N0} missing from the results, {twice:N0} published twice",
            $"       {ballots:N0} ballots published, {results.Turnout.Voted:N0} voters marked as voted, {expected:N0} expected (accepted + landed unanswered)",
            passed ? "PASS: nothing lost, nothing counted twice" : "FAIL");
        return new BenchCheck(passed, summary);
    }
}
