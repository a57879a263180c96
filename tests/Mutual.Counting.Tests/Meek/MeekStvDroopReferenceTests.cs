using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Meek;

/// <summary>
/// Droop's Meek references (rule-variants/index.csv). Droop breaks ties by candidate order, so
/// these counts use <see cref="MeekStvTies.Droop"/>.
/// </summary>
public class MeekStvDroopReferenceTests
{
    // Droop keeps 27 places (18 + 9 guard digits), we keep 18: every total and keep factor agrees to 15.
    private const decimal Tolerance = 0.000_000_000_000_001m;

    public static TheoryData<string, string> MeekReferences() =>
        [.. CsvFile.Read("rule-variants", "index.csv")
            .Where(r => r["rule"] == "meek")
            .Select(r => (r["ref"], r["blt"]))];

    public static TheoryData<string, string> GuardedMeekReferences() =>
        [.. CsvFile.Read("rule-variants", "index.csv")
            .Where(r => r["rule"] == "meek" && r["arithmetic_name"] == "guarded")
            .Select(r => (r["ref"], r["blt"]))];

    private static MeekStvResult Count(string blt) =>
        new MeekStv(MeekStvTies.Droop).CountWithKeepFactors(
            BltReader.Read(SharedData.Path("elections", "rule-variants", blt)), new CountOptions());

    [Theory]
    [MemberData(nameof(MeekReferences))]
    public void Count_DroopReference_ElectsTheSameCandidates(string reference, string blt)
    {
        var expected = DroopMeekReference.Read(reference).Winners;

        Assert.Equal(expected, Count(blt).Count.Elected.Order());
    }

    [Theory]
    [MemberData(nameof(GuardedMeekReferences))]
    public void Count_DroopReference_RoundTotalsQuotasAndKeepFactorsAgree(string reference, string blt)
    {
        var droop = DroopMeekReference.Read(reference);
        var ours = Count(blt);

        Assert.Equal(droop.FirstPreferences, ours.Count.Stages[0].Totals);
        foreach (var round in droop.Rounds)
        {
            // Stage 1 is the first preferences; round r ends at stage r + 1.
            var stage = ours.Count.Stages[round.Round];
            Assert.StartsWith($"Round {round.Round}:", stage.Description, StringComparison.Ordinal);
            Assert.Equal((double)round.Quota, (double)stage.Quota!.Value, (double)Tolerance);
            for (var c = 0; c < round.Votes.Count; c++)
            {
                Assert.True(Math.Abs(round.Votes[c] - stage.Totals[c]) <= Tolerance, $"round {round.Round}, candidate {c + 1}: vote {stage.Totals[c]}, Droop {round.Votes[c]}");
                // Droop shows the keep factors before the round's exclusion; ours are after it.
                if (stage.Excluded.Contains(c)) continue;
                Assert.True(Math.Abs(round.KeepFactors[c] - ours.KeepFactors[round.Round][c]) <= Tolerance, $"round {round.Round}, candidate {c + 1}: keep factor {ours.KeepFactors[round.Round][c]}, Droop {round.KeepFactors[c]}");
            }
        }
    }
}
