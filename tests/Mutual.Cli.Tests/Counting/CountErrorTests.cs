using System.Text.Json;

namespace Mutual.Cli.Tests.Counting;

public sealed class CountErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mutual-count-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Count_BadLineInOneFile_NamesFileAndLineAndStillCountsTheOthers()
    {
        var bad = Write("bad.blt", "3 1\n2 1 2 0\n1 7 0\n0\nA\nB\nC\nT\n");
        var good = Write("good.blt", "3 1\n2 1 2 0\n1 3 0\n0\nA\nB\nC\nT\n");

        var (exit, output, error) = Cli.Run("count", bad, good, "--method", "plurality", "--format", "json");

        Assert.NotEqual(0, exit);
        Assert.Contains("bad.blt", error, StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.EndsWith("good.blt", only.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal([1], only.GetProperty("elected").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Count_SeedAndSeatsOptions_ReachTheResult()
    {
        // Plurality for 2 seats over a file that says 1: A 3, B 3 + 2 = 5, C 2 -> B then A.
        var file = Write("two.blt", "3 1\n3 1 2 0\n2 3 2 0\n0\nA\nB\nC\nT\n");

        var (exit, output, _) = Cli.Run("count", file, "--method", "plurality", "--seats", "2", "--seed", "12345", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var result = json.RootElement[0];
        Assert.Equal(12345UL, result.GetProperty("seed").GetUInt64());
        Assert.Equal(2, result.GetProperty("seats").GetInt32());
        Assert.Equal([2, 1], result.GetProperty("elected").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Count_MissingFile_FailsNamingIt()
    {
        var missing = Path.Combine(_folder, "nowhere.blt");

        var (exit, _, error) = Cli.Run("count", missing, "--method", "plurality");

        Assert.NotEqual(0, exit);
        Assert.Contains("nowhere.blt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_PrefLibWithoutSeats_AsksForSeats()
    {
        var soi = Write("votes.soi", "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n3: 1,2\n");

        var (exit, _, error) = Cli.Run("count", soi, "--method", "irv");

        Assert.NotEqual(0, exit);
        Assert.Contains("votes.soi", error, StringComparison.Ordinal);
        Assert.Contains("--seats", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_IrvForSeveralSeats_FailsSayingItNeedsStv()
    {
        var (exit, _, error) = Cli.Run("count", Cli.Ward("aberdeen_2017_ward1.blt"), "--method", "irv");

        Assert.NotEqual(0, exit);
        Assert.Contains("STV", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownMethod_IsRejected()
    {
        var (exit, _, error) = Cli.Run("count", Cli.Ward("aberdeen_2017_ward1.blt"), "--method", "borda");

        Assert.NotEqual(0, exit);
        Assert.Contains("borda", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_Help_ListsTheOptions()
    {
        var (exit, output, _) = Cli.Run("count", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--method", "--seats", "--format", "--seed", "scottish-stv", "meek", "ers97" })
            Assert.Contains(option, output, StringComparison.Ordinal);
    }
}
