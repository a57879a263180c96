using System.Text.Json;
using Mutual.Testing;

namespace Mutual.Cli.Tests.Counting;

public class CountScotlandTests
{
    [Fact]
    public void Count_All351WardsInOneCall_JsonMatchesTheOfficialResults()
    {
        var expected = CsvFile.Read("scotland-2017", "expected.csv");
        string[] args = ["count", .. expected.Select(row => Cli.Ward(row["file"])), "--method", "scottish-stv", "--format", "json"];

        var (exit, output, error) = Cli.Run(args);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(expected.Count, results.Length);
        foreach (var (row, result) in expected.Zip(results))
        {
            Assert.Equal(row["file"], Path.GetFileName(result.GetProperty("file").GetString()));
            Assert.Equal("scottish-stv", result.GetProperty("method").GetString());
            Assert.Equal(int.Parse(row["seats"]), result.GetProperty("seats").GetInt32());
            Assert.Equal(decimal.Parse(row["quota"]), result.GetProperty("quota").GetDecimal());
            Assert.Equal(int.Parse(row["candidates"]), result.GetProperty("candidates").GetArrayLength());
            Assert.Equal(int.Parse(row["blt_ballots"]), result.GetProperty("validVotes").GetDecimal());
            var elected = result.GetProperty("elected").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            // Where two winners share a stage the sheet does not state their order (order_known = partly).
            if (row["order_known"] == "yes") Assert.Equal(CsvFile.Numbers(row["elected"]), elected);
            else Assert.Equal(CsvFile.Numbers(row["elected"]).Order(), elected.Order());
        }
    }

    [Fact]
    public void Count_OneWardAsText_PrintsTheSheetWithWinnersInOrder()
    {
        // aberdeen_2017_ward1: official winners 5 4 1 7, quota 1322, valid poll 6608, 6 stages.
        var (exit, output, _) = Cli.Run("count", Cli.Ward("aberdeen_2017_ward1.blt"), "--method", "scottish-stv");

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Dyce/Bucksburn/Danestone Ward", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Method: scottish-stv   Seats: 4   Valid votes: 6608", StringComparison.Ordinal) && l.Contains("Quota: 1322", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Stage 6", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Stage 7", StringComparison.Ordinal));
        Assert.Contains(
            "Elected, in order: 5 Avril MACKENZIE (Con), 4 Neil MACGREGOR (SNP), 1 Barney CROCKETT (Lab), 7 Gill SAMARAI (SNP)",
            lines);
        Assert.Contains("Seed: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_OneWardAsCsv_HasOneRowPerCandidatePerStage()
    {
        // aberdeen_2017_ward1: 7 candidates and 6 official stages; each stage adds a non-transferable row.
        var (exit, output, _) = Cli.Run("count", Cli.Ward("aberdeen_2017_ward1.blt"), "--method", "scottish-stv", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("file,method,stage,kind,candidate,name,transfer,total,state", lines[0]);
        Assert.Equal(1 + 6 * (7 + 1), lines.Length);
        var firstStageMacKenzie = lines[5].Split(',');
        Assert.Equal(["1", "firstPreferences", "5", "Avril MACKENZIE (Con)"], firstStageMacKenzie[2..6]);
        Assert.Equal(2012m, decimal.Parse(firstStageMacKenzie[7], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Count_PrefLibFileWithSeats_ElectsTheOfficialWinners()
    {
        // Dublin North 2002, 4 seats: official winners 4 9 10 12 (ireland-2002/expected.csv; the
        // reference counters' Scottish STV agrees). The order of election is not known.
        var file = Mutual.Testing.SharedData.Path("elections", "ireland-2002", "00001-00000001.soi");

        var (exit, output, _) = Cli.Run("count", file, "--method", "scottish-stv", "--seats", "4", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var elected = json.RootElement[0].GetProperty("elected").EnumerateArray().Select(e => e.GetInt32()).Order();
        Assert.Equal([4, 9, 10, 12], elected);
    }
}
