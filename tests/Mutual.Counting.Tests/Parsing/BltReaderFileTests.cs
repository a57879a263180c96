using System.Globalization;
using Mutual.Counting.Ballots;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Parsing;

public class BltReaderFileTests
{
    private static string Elections(params string[] parts) => SharedData.Path(["elections", .. parts]);

    private static IEnumerable<string> Rankings(Election election) =>
        election.Ballots.Select(b => $"{b.Weight}:{string.Join(' ', b.Ranks.Select(r => string.Join('=', r)))}");

    [Fact]
    public void Read_ScotElexWard_ReadsHeaderNamesTitleAndEveryBallot()
    {
        var election = BltReader.Read(Elections("scotland-2017", "ballots", "aberdeen_2017_ward1.blt"));

        Assert.Equal(7, election.Candidates.Count);
        Assert.Equal(4, election.Seats);
        Assert.Equal("Barney CROCKETT (Lab)", election.Candidates[0]);
        Assert.Equal("Gill SAMARAI (SNP)", election.Candidates[6]);
        Assert.Equal("Dyce/Bucksburn/Danestone Ward", election.Title);
        Assert.Equal(6608m, election.TotalWeight);
        Assert.Equal(64m, election.Ballots[0].Weight);
        Assert.Equal([0], Assert.Single(election.Ballots[0].Ranks));
    }

    [Fact]
    public void Read_EveryScotland2017Ward_HasTheOfficialCandidatesSeatsAndBallots()
    {
        var rows = CsvFile.Read("scotland-2017", "expected.csv");
        Assert.Equal(351, rows.Count);
        foreach (var row in rows)
        {
            var election = BltReader.Read(Elections("scotland-2017", "ballots", row["file"]));

            Assert.Equal(int.Parse(row["seats"], CultureInfo.InvariantCulture), election.Seats);
            Assert.Equal(int.Parse(row["candidates"], CultureInfo.InvariantCulture), election.Candidates.Count);
            Assert.Equal(decimal.Parse(row["blt_ballots"], CultureInfo.InvariantCulture), election.TotalWeight);
            Assert.DoesNotContain(election.Candidates, name => name.Length == 0 || name.Contains('"', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Read_Glasgow2007Ward_NamesLoseThePrefLibPrefix()
    {
        var election = BltReader.Read(Elections("glasgow-2007", "ballots", "glasgow_2007_anderston.blt"));
        var droop = BltReader.Read(Elections("rule-variants", "blt", "scotland", "Anderston-City-2007.blt"));

        Assert.All(election.Candidates, name => Assert.DoesNotContain("#", name, StringComparison.Ordinal));
        Assert.Equal(droop.Candidates.Count, election.Candidates.Count);
        Assert.Equal(droop.TotalWeight, election.TotalWeight);
        Assert.Equal(Rankings(droop).Order(), Rankings(election).Order());
    }

    [Fact]
    public void Read_FileWithByteOrderMark_ReadsExactlyLikeWithout()
    {
        var plain = BltReader.Read(Elections("rule-variants", "blt", "42u.blt"));
        var bom = BltReader.Read(Elections("rule-variants", "blt", "42ubom.blt"));

        Assert.Equal(["Cåstor", "Pøllüx", "Hélen"], plain.Candidates);
        Assert.Equal(plain.Candidates, bom.Candidates);
        Assert.Equal(plain.Title, bom.Title);
        Assert.Equal(Rankings(plain), Rankings(bom));
    }

    [Fact]
    public void Read_WithdrawnLineOrOption_GiveTheSameElection()
    {
        var line = BltReader.Read(Elections("rule-variants", "blt", "SCw.blt"));
        var option = BltReader.Read(Elections("rule-variants", "blt", "SCwopt.blt"));

        Assert.Equal([3], line.Withdrawn);
        Assert.Equal([3], option.Withdrawn);
        Assert.Equal(Rankings(line), Rankings(option));
    }

    [Fact]
    public void Read_CommentaryAfterTitle_KeepsTheTitleOnly()
    {
        var election = BltReader.Read(Elections("rule-variants", "blt", "M135.blt"));

        Assert.Equal(25, election.Candidates.Count);
        Assert.Equal("M135: Gen v1.1 1 3 45", election.Title);
    }

    [Fact]
    public void Read_ExpandedMeath_AggregatesToTheAggregatedFile()
    {
        var expanded = BltReader.Read(Elections("bench", "meath-1m-expanded.blt"));
        var aggregated = BltReader.Read(Elections("bench", "meath-1m.blt"));

        Assert.Equal(1_000_000m, expanded.TotalWeight);
        Assert.Equal(25_101, expanded.Ballots.Count);
        Assert.Equal(Rankings(aggregated).Order(), Rankings(expanded).Order());
    }
}
