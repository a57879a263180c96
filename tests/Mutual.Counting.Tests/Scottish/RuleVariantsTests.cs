using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Scottish;

/// <summary>Droop's own reference counts for its <c>scotland</c> rule (rule-variants/index.csv).</summary>
public class RuleVariantsTests
{
    public static TheoryData<string, string, string> References => [..
        CsvFile.Read("rule-variants", "index.csv")
            .Where(r => r["rule"] == "scotland")
            .Select(r => (r["ref"], r["blt"], r["elected"]))];

    [Theory]
    [MemberData(nameof(References))]
    public void Count_DroopScotlandReference_SameWinnersAndStages(string reference, string blt, string elected)
    {
        var election = BltReader.Read(SharedData.Path("elections", "rule-variants", blt));
        // Droop's "lot" is the [tie] order when given, else the candidate order: use the same.
        var droopLot = election with { TieOrder = election.TieOrder ?? [.. Enumerable.Range(0, election.Candidates.Count)] };

        var result = new ScottishStv().Count(droopLot, new CountOptions());

        Assert.Equal(CsvFile.Numbers(elected), result.Elected.Select(c => c + 1).Order());
        var expected = DroopReport.Stages(SharedData.Path("elections", "rule-variants", reference));
        Assert.Equal(expected.Count, result.Stages.Count);
        for (var s = 0; s < expected.Count; s++)
        {
            var stage = result.Stages[s];
            foreach (var (name, vote) in expected[s].Votes)
                Assert.True(vote == stage.Totals[Index(election, name)], $"stage {s + 1} ({expected[s].Action}): {name} {vote} vs {stage.Totals[Index(election, name)]}");
            Assert.Equal(expected[s].NonTransferable, stage.NonTransferable);
            Assert.Equal(expected[s].Residual, stage.Residual);
        }
    }

    private static int Index(Election election, string name) =>
        election.Candidates.ToList().IndexOf(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
