using Mutual.Counting.Output;

namespace Mutual.Counting.Tests.Output;

public class TextRoundSheetTests
{
    private static string[] Lines()
    {
        using var text = new StringWriter();
        TextRoundSheet.Write(text, SampleResult.Counted);
        return text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void Write_Header_GivesMethodSeatsQuotaSeedAndPrecision()
    {
        var lines = Lines();

        Assert.Equal("Sample ward", lines[0]);
        Assert.Contains("Method: test-method   Seats: 1   Valid votes: 11.0   Quota: 6.0", lines);
        Assert.Contains("Precision: exact   Seed: 99", lines);
    }

    [Fact]
    public void Write_CandidateRow_ShowsTotalsAndSignedTransfersPerStage()
    {
        var ann = Assert.Single(Lines(), l => l.StartsWith("1 Ann", StringComparison.Ordinal));
        var cy = Assert.Single(Lines(), l => l.StartsWith("3 Cy", StringComparison.Ordinal));

        Assert.Equal(["1", "Ann", "5.0", "+1.5", "6.5", "elected", "at", "stage", "2"], ann.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["3", "Cy", "2.0", "-2.0", "0.0", "excluded", "at", "stage", "1"], cy.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Write_Footer_ListsStagesWinnersAndTies()
    {
        var lines = Lines();

        Assert.Contains(lines, l => l.Contains("2  Exclusion of Cy; elected: 1 Ann; Ann reached the quota", StringComparison.Ordinal));
        Assert.Contains("Elected, in order: 1 Ann", lines);
        Assert.Contains("  a tie written by hand", lines);
        var nonTransferable = Assert.Single(lines, l => l.StartsWith("Non-transferable or unused", StringComparison.Ordinal));
        Assert.Equal(["0.0", "+0.5", "0.5"], nonTransferable.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..]);
    }
}
