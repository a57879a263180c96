using Mutual.Counting.Ballots;
using Mutual.Counting.Parsing;
using Mutual.Testing;

namespace Mutual.Counting.Tests.Parsing;

public class PrefLibReaderTests
{
    private static Election Read(string text, int seats = 1) => PrefLibReader.Read(new StringReader(text), seats);

    private static string[] Rankings(Election election) =>
        election.Ballots.Select(b => $"{b.Weight}:{string.Join(' ', b.Ranks.Select(r => string.Join('=', r)))}").ToArray();

    [Fact]
    public void Read_DublinNorth_ReadsNamesTitleAndEveryBallot()
    {
        var election = PrefLibReader.Read(SharedData.Path("elections", "ireland-2002", "00001-00000001.soi"), 4);

        Assert.Equal(12, election.Candidates.Count);
        Assert.Equal(4, election.Seats);
        Assert.Equal("2002 Dublin North", election.Title);
        Assert.Equal("Cathal Boland F.G.", election.Candidates[0]);
        Assert.Equal("G.V. Wright F.F.", election.Candidates[11]);
        Assert.Equal(43_942m, election.TotalWeight);
        Assert.Equal(19_299, election.Ballots.Count);
        Assert.Equal(800m, election.Ballots[0].Weight);
        Assert.Equal([[11], [5], [3]], election.Ballots[0].Ranks);
    }

    [Fact]
    public void Read_TiedGroups_BecomeEqualRanks()
    {
        var election = Read("# NUMBER ALTERNATIVES: 4\n# ALTERNATIVE NAME 1: A\n3: 2,{1,4},3\n2: {3,2}\n");

        Assert.Equal(["3:1 0=3 2", "2:2=1"], Rankings(election));
        Assert.Equal("Candidate 2", election.Candidates[1]);
    }

    [Theory]
    [InlineData("3: 1,2\n", 1, "before the header")]
    [InlineData("# NUMBER ALTERNATIVES: 3\n3: 1,4\n", 2, "candidate 4 is out of range 1..3")]
    [InlineData("# NUMBER ALTERNATIVES: 3\n3: 1,1\n", 2, "candidate 1 is ranked twice")]
    [InlineData("# NUMBER ALTERNATIVES: 3\nx: 1\n", 2, "the count 'x' is not a whole number")]
    [InlineData("# NUMBER ALTERNATIVES: 3\n3: {1,2\n", 2, "never closed")]
    [InlineData("# NUMBER ALTERNATIVES: 3\n3 1,2\n", 2, "expected 'count: a,b,")]
    public void Read_BadInput_ThrowsNamingTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<BallotFormatException>(() => Read(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
