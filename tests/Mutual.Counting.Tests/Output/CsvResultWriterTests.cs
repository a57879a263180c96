using Mutual.Counting.Output;

namespace Mutual.Counting.Tests.Output;

public class CsvResultWriterTests
{
    [Fact]
    public void Write_TwoStagesThreeCandidates_OneRowPerCandidatePerStagePlusNonTransferable()
    {
        using var text = new StringWriter();

        CsvResultWriter.Write(text, [SampleResult.Counted]);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(CsvResultWriter.Header, lines[0]);
        Assert.Equal(1 + 2 * (3 + 1), lines.Length);
        Assert.Equal("ward.blt,test-method,2,exclusion,1,Ann,1.5,6.5,elected", lines[5]);
        Assert.Equal("ward.blt,test-method,2,exclusion,2,\"Bob, Jr\",0,4,continuing", lines[6]);
        Assert.Equal("ward.blt,test-method,2,exclusion,,non-transferable,0.5,0.5,", lines[8]);
    }
}
