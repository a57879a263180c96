using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Ers97;

/// <summary>Winners against the only ERS97 reference, OpenSTV's ERS97STV.</summary>
public class Ers97ReferenceWinnerTests
{
    public static TheoryData<string> WardsWhereErs97Differs() =>
        [.. CsvFile.Read("scotland-2017", "reference.csv")
            .Where(r => r["differs_from_scottish"].Contains("ers97", StringComparison.Ordinal))
            .Select(r => r["file"])];

    private static int[] Winners(params string[] path)
    {
        var election = BltReader.Read(SharedData.Path(["elections", .. path]));
        return [.. new Ers97Stv().Count(election, new CountOptions()).Elected.Select(c => c + 1).Order()];
    }

    [Theory]
    [InlineData("scotland-2017")]
    [InlineData("glasgow-2007")]
    public void Count_EveryWard_ElectsTheReferenceErs97Winners(string folder)
    {
        var wrong = CsvFile.Read(folder, "reference.csv")
            .Select(row => (row["file"], Expected: row["ers97"], Actual: string.Join(' ', Winners(folder, "ballots", row["file"]))))
            .Where(w => w.Expected != w.Actual)
            .ToList();

        Assert.True(wrong.Count == 0, "ERS97 winners differ from the reference: " + string.Join("; ", wrong));
    }

    [Theory]
    [MemberData(nameof(WardsWhereErs97Differs))]
    public void Count_WardWhereErs97DiffersFromScottishStv_ElectsTheErs97SetNotTheScottishOne(string file)
    {
        var row = CsvFile.Read("scotland-2017", "reference.csv").Single(r => r["file"] == file);

        var winners = Winners("scotland-2017", "ballots", file);

        Assert.Equal(CsvFile.Numbers(row["ers97"]), winners);
        Assert.NotEqual(CsvFile.Numbers(row["scottish"]), winners);
    }

    [Fact]
    public void Count_Meath1m_ElectsTheReferenceWinners()
    {
        var row = CsvFile.Read("bench", "expected.csv").Single(r => r["file"] == "meath-1m.blt" && r["method"] == "ers97");

        Assert.Equal(CsvFile.Numbers(row["elected"]), Winners("bench", "meath-1m.blt"));
    }
}
