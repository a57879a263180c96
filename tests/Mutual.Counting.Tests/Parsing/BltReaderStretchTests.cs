using System.Globalization;
using System.Text;
using Mutual.Counting.Ballots;
using Mutual.Counting.Parsing;

namespace Mutual.Counting.Tests.Parsing;

/// <summary>
/// The reader splits long runs of plain ballot lines across threads. With tiny stretch sizes a
/// few hundred lines split many ways, so these check that whatever the split, the ballots, their
/// order of first appearance, the options and the line numbers of errors come out as written.
/// Expected values are summed here from the list the file was written from.
/// </summary>
public class BltReaderStretchTests
{
    private static readonly string[] Rankings = ["1 2 3", "2 1", "3", "1 3", "2 3 1"];

    /// <summary>Rankings as 0-based candidate numbers, as the ballots hold them.</summary>
    private static readonly string[] ZeroBased = ["0 1 2", "1 0", "2", "0 2", "1 2 0"];

    public static TheoryData<int> Workers => [1, 2, 3, 7];

    private static Election Read(string text, int workers) =>
        new BltParser(Encoding.UTF8.GetBytes(text), "test", new ReadAhead(workers, ProbeBytes: 10, MinStretchBytes: 40)).Parse();

    private static IEnumerable<string> Ballots(Election election) =>
        election.Ballots.Select(b => $"{b.Weight}:{string.Join(' ', b.Ranks.Select(r => string.Join('=', r)))}");

    /// <summary>Line i (0-based) holds ranking i % 5 with weight 1 + i % 3.</summary>
    private static string PlainLines(int count, int from = 0) =>
        string.Concat(Enumerable.Range(from, count).Select(i => $"{1 + i % 3} {Rankings[i % 5]} 0\n"));

    private static IEnumerable<string> Expected(int count) =>
        Enumerable.Range(0, Math.Min(count, 5)).Select(r =>
            $"{Enumerable.Range(0, count).Where(i => i % 5 == r).Sum(i => 1 + i % 3)}:{ZeroBased[r]}");

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_ManyPlainLines_MergesThemInOrderOfFirstAppearanceWhateverTheSplit(int workers)
    {
        var election = Read("3 2\n" + PlainLines(600) + "0\nA\nB\nC\nT\n", workers);

        Assert.Equal(Expected(600), Ballots(election));
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_OddLinesAmongPlainOnes_AreReadInPlaceAndTheRestStillCount(int workers)
    {
        // A comment, a blank line, an option, a comma line, a trailing comment and an equal
        // ranking, spread through the file: the plain lines around them all still count.
        var text = "3 2\n" + PlainLines(150) + "# note\n\n[tie 3 2 1]\n" + PlainLines(150, 150) + "4,2,1,0\n"
            + PlainLines(150, 300) + "2 3 0 # late\n\t1 1=2 0\n" + PlainLines(150, 450) + "0\nA\nB\nC\nT\n";

        var election = Read(text, workers);

        var plain = Expected(600).Select(e => e.Split(':'))
            .ToDictionary(e => e[1], e => int.Parse(e[0], CultureInfo.InvariantCulture));
        plain["1 0"] += 4;
        plain["2"] += 2;
        Assert.Equal(ZeroBased.Select(r => $"{plain[r]}:{r}").Append("1:0=1"), Ballots(election));
        Assert.Equal([2, 1, 0], election.TieOrder);
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_ErrorFarIntoTheFile_NamesItsLine(int workers)
    {
        // Header on line 1, 450 plain lines on 2..451, the bad line is 452.
        var text = "3 2\n" + PlainLines(450) + "1 1 4 0\n" + PlainLines(150) + "0\nA\nB\nC\nT\n";

        var error = Assert.Throws<BallotFormatException>(() => Read(text, workers));

        Assert.Equal("line 452: candidate 4 is out of range 1..3 (in test)", error.Message);
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_NamesAfterManyBallots_AreReadFromTheRightLines(int workers)
    {
        // Header, 600 ballots, the closing 0 on line 602, two names: the third is missing at line 604.
        var error = Assert.Throws<BallotFormatException>(() => Read("3 2\n" + PlainLines(600) + "0\nA\nB\n", workers));

        Assert.Equal(604, error.Line);
        Assert.Contains("expected the name of candidate 3 of 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_NicknamesDeclaredHalfWay_ChangeHowTheLaterLinesRead(int workers)
    {
        // After [nick 3 1 2], "3" names candidate 1, "1" candidate 2 and "2" candidate 3; a
        // stretch read ahead as plain numbers must not be used.
        var before = string.Concat(Enumerable.Repeat("1 1 2 0\n", 300));
        var after = string.Concat(Enumerable.Repeat("1 1 2 0\n", 200));

        var election = Read("3 2\n" + before + "[nick 3 1 2]\n" + after + "0\nA\nB\nC\nT\n", workers);

        Assert.Equal(["300:0 1", "200:1 2"], Ballots(election));
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public void Read_WindowsLineEndingsAndNoFinalNewline_ReadLikePlainText(int workers)
    {
        var text = ("3 2\n" + PlainLines(600) + "0\nA\nB\nC\nT").Replace("\n", "\r\n", StringComparison.Ordinal);

        var election = Read(text, workers);

        Assert.Equal(Expected(600), Ballots(election));
        Assert.Equal("T", election.Title);
    }

    [Fact]
    public void Read_BallotsRightUpToTheEndOfAFileWithoutNames_StillFailsOnTheMissingClosingZero()
    {
        var error = Assert.Throws<BallotFormatException>(() => Read("3 2\n" + PlainLines(600).TrimEnd('\n'), 3));

        Assert.Equal(601, error.Line);
        Assert.Contains("the ballots never end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumericNicknames_AreNicknamesNotCandidateNumbers()
    {
        var election = BltReader.Read(new StringReader("2 1\n[nick 2 1]\n3 1 0\n0\nA\nB\nT\n"));

        Assert.Equal(["3:1"], Ballots(election));
    }
}
