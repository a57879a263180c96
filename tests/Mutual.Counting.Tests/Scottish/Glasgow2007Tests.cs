using System.Globalization;
using System.Text.Json;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Scottish;

/// <summary>
/// The 21 Glasgow 2007 wards, read from the original scot-elex files (PrefLib-prefixed names),
/// against Droop's published JSON counts and the reference winners.
/// </summary>
public class Glasgow2007Tests
{
    public static TheoryData<string, string, string> Wards => [..
        CsvFile.Read("glasgow-2007", "expected.csv").Select(r => (r["file"], r["droop_ref"], r["scottish"]))];

    [Theory]
    [MemberData(nameof(Wards))]
    public void Count_Glasgow2007Ward_MatchesDroopStageByStage(string file, string reference, string winners)
    {
        var election = BltReader.Read(SharedData.Path("elections", "glasgow-2007", "ballots", file));

        var result = new ScottishStv().Count(election, new CountOptions());

        Assert.Equal(CsvFile.Numbers(winners), result.Elected.Select(c => c + 1).Order());
        var stages = DroopStages(SharedData.Path("elections", "glasgow-2007", reference));
        Assert.Equal(stages.Count, result.Stages.Count);
        for (var s = 0; s < stages.Count; s++)
        {
            var (votes, nonTransferable) = stages[s];
            Assert.Equal(votes, result.Stages[s].Totals);
            Assert.Equal(nonTransferable, result.Stages[s].NonTransferable);
        }
    }

    /// <summary>Official-style stages are Droop's <c>begin</c> action and each <c>transfer</c> action.</summary>
    private static List<(decimal[] Votes, decimal NonTransferable)> DroopStages(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var stages = new List<(decimal[], decimal)>();
        foreach (var action in json.RootElement.GetProperty("actions").EnumerateArray())
        {
            var tag = action.GetProperty("tag").GetString();
            if (tag is not ("begin" or "transfer")) continue;
            var states = action.GetProperty("cstate").EnumerateObject()
                .OrderBy(c => int.Parse(c.Name, CultureInfo.InvariantCulture))
                .Select(c => Number(c.Value.GetProperty("vote")));
            stages.Add(([.. states], Number(action.GetProperty("nt_votes"))));
        }
        return stages;
    }

    private static decimal Number(JsonElement value) => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
