using System.Globalization;
using System.Text.Json;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Meek;

/// <summary>
/// One of Droop's published Meek counts (rule-variants/ref/json): for each round, the state at
/// the end of its iteration (the <c>iterate</c> action), and the winners from the final state.
/// Candidates are 0-based here.
/// </summary>
public sealed record DroopMeekReference(
    IReadOnlyList<DroopMeekRound> Rounds,
    IReadOnlyList<decimal> FirstPreferences,
    IReadOnlyList<int> Winners)
{
    public static DroopMeekReference Read(string refPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Path("elections", "rule-variants", refPath)));
        var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToList();
        var rounds = actions.Where(a => a.GetProperty("tag").GetString() == "iterate")
            .Select(a => new DroopMeekRound(
                a.GetProperty("round").GetInt32(),
                Number(a, "quota"),
                Candidates(a, "vote"),
                Candidates(a, "kf")))
            .ToList();
        var begin = actions.First(a => a.GetProperty("tag").GetString() == "begin");
        var last = actions.Last(a => a.TryGetProperty("cstate", out _)).GetProperty("cstate");
        var winners = last.EnumerateObject()
            .Where(c => c.Value.GetProperty("state").GetString() == "elected")
            .Select(c => int.Parse(c.Name, CultureInfo.InvariantCulture) - 1)
            .Order()
            .ToList();
        return new DroopMeekReference(rounds, Candidates(begin, "vote"), winners);
    }

    private static decimal Number(JsonElement action, string name) =>
        decimal.Parse(action.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static decimal[] Candidates(JsonElement action, string field) =>
        action.GetProperty("cstate").EnumerateObject()
            .OrderBy(c => int.Parse(c.Name, CultureInfo.InvariantCulture))
            // A withdrawn candidate has neither vote nor keep factor: both are 0 in our count.
            .Select(c => c.Value.TryGetProperty(field, out var value) ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : 0m)
            .ToArray();
}

/// <summary>The end of one round's iteration in a Droop Meek reference.</summary>
public sealed record DroopMeekRound(int Round, decimal Quota, IReadOnlyList<decimal> Votes, IReadOnlyList<decimal> KeepFactors);
