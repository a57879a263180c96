using Mutual.Counting.Ballots;
using Mutual.Counting.Parsing;

namespace Mutual.Counting.Tests.Parsing;

public class BltReaderQuirkTests
{
    private static Election Read(string text) => BltReader.Read(new StringReader(text));

    private static string[] Rankings(Election election) =>
        election.Ballots.Select(b => $"{b.Weight}:{string.Join(' ', b.Ranks.Select(r => string.Join('=', r)))}").ToArray();

    [Fact]
    public void Read_QuotedNamesAndTitle_ReadsThemWithoutQuotes()
    {
        var election = Read("3 2\n4 1 2 0\n2 3 0\n0\n\"Castor\"\n\"Pollux\"\n\"Helen\"\n\"Pollux and Helen\"\n");

        Assert.Equal(["Castor", "Pollux", "Helen"], election.Candidates);
        Assert.Equal("Pollux and Helen", election.Title);
        Assert.Equal(2, election.Seats);
        Assert.Equal(["4:0 1", "2:2"], Rankings(election));
    }

    [Fact]
    public void Read_UnquotedNamesWithoutFinalNewline_ReadsWholeLines()
    {
        var election = Read("2 1\n3 1 0\n1 2 1 0\n0\nNeil MACGREGOR (SNP)\nRenée SMITH (Lab)\nDyce/Bucksburn Ward");

        Assert.Equal(["Neil MACGREGOR (SNP)", "Renée SMITH (Lab)"], election.Candidates);
        Assert.Equal("Dyce/Bucksburn Ward", election.Title);
    }

    [Fact]
    public void Read_IdenticalRankings_AreMergedWithSummedWeights()
    {
        var election = Read("3 1\n1 1 2 0\n2 3 0\n1 1 2 0\n0.5 1 2 0\n0\nA\nB\nC\nT\n");

        Assert.Equal(["2.5:0 1", "2:2"], Rankings(election));
        Assert.Equal(4.5m, election.TotalWeight);
    }

    [Fact]
    public void Read_DecimalWeights_AddExactly()
    {
        var election = Read("1 1\n0.1 1 0\n0.2 1 0\n0\nA\nT\n");

        Assert.Equal(0.3m, Assert.Single(election.Ballots).Weight);
    }

    [Fact]
    public void Read_EqualRankingsWithNicknames_GroupsTheEqualCandidates()
    {
        var election = Read("3 2\n[nick a b c]\n5 a b 0\n1 b=c 0\n3 c 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"eq\"\n");

        Assert.Equal(["5:0 1", "1:1=2", "3:2"], Rankings(election));
        Assert.False(election.Ballots[1].IsStrict);
    }

    [Fact]
    public void Read_CommasAndTrailingComments_AreSeparatorsAndIgnored()
    {
        var election = Read("3 2 # header\n# a comment line\n4,1,2,0\n2 3 0 # two for Helen\n0\nA\nB\n\"C\" # the third\nT\n");

        Assert.Equal(["4:0 1", "2:2"], Rankings(election));
        Assert.Equal("C", election.Candidates[2]);
    }

    [Fact]
    public void Read_WithdrawnLinesAndOptions_AreCollected()
    {
        var negative = Read("5 2\n-1 -5\n3 1 2 0\n0\nA\nB\nC\nD\nE\nT\n");
        var option = Read("5 2\n[withdrawn 1 5]\n3 1 2 0\n0\nA\nB\nC\nD\nE\nT\n");

        Assert.Equal([0, 4], negative.Withdrawn.Order());
        Assert.Equal([0, 4], option.Withdrawn.Order());
    }

    [Fact]
    public void Read_TieAndUndeclaredAndDroopOptions_AreRead()
    {
        var election = Read("3 2\n[tie 3 2 1 ]\n[undeclared 2]\n[droop precision=5]\n4 1 2 0\n0\nA\nB\nC\nT\n");

        Assert.Equal([2, 1, 0], election.TieOrder);
        Assert.Equal([1], election.Undeclared);
    }

    [Fact]
    public void Read_CommentaryAfterTitle_IsIgnored()
    {
        var election = Read("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"The title\"\n\"commentary\"\nA: 123 votes\n");

        Assert.Equal("The title", election.Title);
        Assert.Equal(["A", "B"], election.Candidates);
    }

    [Fact]
    public void Read_PrefLibPrefixedNameLines_KeepsTheNameOnly()
    {
        var election = Read("2 1\n1 1 0\n0\n# ALTERNATIVE NAME 1: Nina Baker (Grn)\n# ALTERNATIVE NAME 2: Erin Boyle (Con)\nAnderson ward");

        Assert.Equal(["Nina Baker (Grn)", "Erin Boyle (Con)"], election.Candidates);
        Assert.Equal("Anderson ward", election.Title);
    }

    [Fact]
    public void Read_CrLfLineEndingsAndByteOrderMark_ReadLikePlainText()
    {
        var plain = Read("2 1\n3 1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
        var windows = Read("\uFEFF2 1\r\n3 1 2 0\r\n0\r\n\"A\"\r\n\"B\"\r\n\"T\"\r\n");

        Assert.Equal(Rankings(plain), Rankings(windows));
        Assert.Equal(plain.Candidates, windows.Candidates);
        Assert.Equal(plain.Title, windows.Title);
    }

    [Fact]
    public void Read_NamesWithStraySpaces_AreTidied()
    {
        var election = Read("2 1\n1 1 0\n0\n\"Kieran  Wild \"\n  Ellen   Hurcombe \n\" CANAL \"\n");

        Assert.Equal(["Kieran Wild", "Ellen Hurcombe"], election.Candidates);
        Assert.Equal("CANAL", election.Title);
    }

    [Fact]
    public void Read_NoTitle_UsesTheSourceName()
    {
        var election = BltReader.Read(new StringReader("1 1\n1 1 0\n0\nA\n"), "ward9.blt");

        Assert.Equal("ward9", election.Title);
    }
}
