using System.Globalization;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Scottish;

/// <summary>Official winners of the Irish 2002 pilot and the reference winners of the large benchmark files.</summary>
public class ReferenceWinnersTests
{
    public static TheoryData<string, int, string> Ireland => [..
        CsvFile.Read("ireland-2002", "expected.csv")
            .Select(r => (r["file"], int.Parse(r["seats"], CultureInfo.InvariantCulture), r["elected"]))];

    public static TheoryData<string, string> Bench => [..
        CsvFile.Read("bench", "expected.csv").Where(r => r["method"] == "scottish").Select(r => (r["file"], r["elected"]))];

    [Theory]
    [MemberData(nameof(Ireland))]
    public void Count_Ireland2002_ElectsTheOfficialWinners(string file, int seats, string elected)
    {
        var election = PrefLibReader.Read(SharedData.Path("elections", "ireland-2002", file), seats);

        var result = new ScottishStv().Count(election, new CountOptions());

        Assert.Equal(CsvFile.Numbers(elected), result.Elected.Select(c => c + 1).Order());
    }

    [Theory]
    [MemberData(nameof(Bench))]
    public void Count_BenchmarkFile_ElectsTheReferenceWinners(string file, string elected)
    {
        var election = BltReader.Read(SharedData.Path("elections", "bench", file));

        var result = new ScottishStv().Count(election, new CountOptions());

        Assert.Equal(CsvFile.Numbers(elected), result.Elected.Select(c => c + 1).Order());
    }
}
