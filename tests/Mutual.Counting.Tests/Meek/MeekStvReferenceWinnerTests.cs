using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Meek;

/// <summary>Winners against the reference counters (Droop meek = OpenSTV MeekSTV, which agree).</summary>
public class MeekStvReferenceWinnerTests
{
    public static TheoryData<string> WardsWhereMeekDiffers() =>
        [.. CsvFile.Read("scotland-2017", "reference.csv")
            .Where(r => r["differs_from_scottish"].Contains("meek", StringComparison.Ordinal))
            .Select(r => r["file"])];

    private static int[] Winners(params string[] path)
    {
        var election = BltReader.Read(SharedData.Path(["elections", .. path]));
        return [.. new MeekStv().Count(election, new CountOptions()).Elected.Select(c => c + 1).Order()];
    }

    [Theory]
    [InlineData("scotland-2017")]
    [InlineData("glasgow-2007")]
    public void Count_EveryWard_ElectsTheReferenceMeekWinners(string folder)
    {
        var wrong = CsvFile.Read(folder, "reference.csv")
            .Select(row => (row["file"], Expected: row["meek"], Actual: string.Join(' ', Winners(folder, "ballots", row["file"]))))
            .Where(w => w.Expected != w.Actual)
            .ToList();

        Assert.True(wrong.Count == 0, "Meek winners differ from the reference: " + string.Join("; ", wrong));
    }

    [Theory]
    [MemberData(nameof(WardsWhereMeekDiffers))]
    public void Count_WardWhereMeekDiffersFromScottishStv_ElectsTheMeekSetNotTheScottishOne(string file)
    {
        var row = CsvFile.Read("scotland-2017", "reference.csv").Single(r => r["file"] == file);

        var winners = Winners("scotland-2017", "ballots", file);

        Assert.Equal(CsvFile.Numbers(row["meek"]), winners);
        Assert.NotEqual(CsvFile.Numbers(row["scottish"]), winners);
    }

    [Fact]
    public void Count_Meath1m_ElectsTheReferenceWinners()
    {
        var row = CsvFile.Read("bench", "expected.csv").Single(r => r["file"] == "meath-1m.blt" && r["method"] == "meek");

        Assert.Equal(CsvFile.Numbers(row["elected"]), Winners("bench", "meath-1m.blt"));
    }
}
