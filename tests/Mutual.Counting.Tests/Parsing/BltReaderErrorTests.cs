using Mutual.Counting.Parsing;

namespace Mutual.Counting.Tests.Parsing;

public class BltReaderErrorTests
{
    [Theory]
    [InlineData("", 1, "expected the header")]
    [InlineData("3\n", 1, "expected the header 'candidates seats'")]
    [InlineData("3 2\n1 1 2 0\n1 4 0\n0\nA\nB\nC\nT\n", 3, "candidate 4 is out of range 1..3")]
    [InlineData("3 2\n1 1 2\n0\nA\nB\nC\nT\n", 2, "the ballot does not end with 0")]
    [InlineData("3 2\n1 1 2 1 0\n0\nA\nB\nC\nT\n", 2, "candidate 1 is ranked twice")]
    [InlineData("3 2\nx 1 2 0\n0\nA\nB\nC\nT\n", 2, "the ballot weight 'x'")]
    [InlineData("3 2\n1 1 z 0\n0\nA\nB\nC\nT\n", 2, "'z' is not a candidate number")]
    [InlineData("3 2\n1 1 0 2\n0\nA\nB\nC\nT\n", 2, "text after the 0")]
    [InlineData("3 2\n1 1 00\n0\nA\nB\nC\nT\n", 2, "candidate 0 is out of range 1..3")]
    [InlineData("3 2\n1 1 0\n0\nA\nB\n", 5, "expected the name of candidate 3 of 3")]
    [InlineData("3 2\n1 1 0\n", 2, "the ballots never end")]
    [InlineData("3 2\n[bogus 1]\n1 1 0\n0\nA\nB\nC\nT\n", 2, "unknown option [bogus]")]
    [InlineData("3 2\n-4\n1 1 0\n0\nA\nB\nC\nT\n", 2, "candidate 4 is out of range 1..3")]
    [InlineData("3 2\n[tie 1 2]\n0\nA\nB\nC\nT\n", 2, "[tie] must list each of the 3 candidates")]
    [InlineData("3 2\n1 1 0\n0\n\"A\n", 4, "a quoted name is never closed")]
    public void Read_BadInput_ThrowsNamingTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<BallotFormatException>(() => BltReader.Read(new StringReader(text)));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutOfRangeCandidate_SaysWhichAndTheRange()
    {
        var text = "8 3\n" + string.Concat(Enumerable.Repeat("1 1 2 0\n", 5)) + "1 1 9 0\n0\n";

        var error = Assert.Throws<BallotFormatException>(() => BltReader.Read(new StringReader(text)));

        Assert.Equal("line 7: candidate 9 is out of range 1..8", error.Message);
    }
}
