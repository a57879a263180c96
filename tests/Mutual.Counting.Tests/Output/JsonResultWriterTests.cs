using System.Text.Json;
using Mutual.Counting.Output;

namespace Mutual.Counting.Tests.Output;

public class JsonResultWriterTests
{
    [Fact]
    public void Write_OneResult_IsAnArrayWithTheRequiredCamelCaseFields()
    {
        using var json = JsonDocument.Parse(JsonResultWriter.Write([SampleResult.Counted]));

        var result = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("ward.blt", result.GetProperty("file").GetString());
        Assert.Equal("test-method", result.GetProperty("method").GetString());
        Assert.Equal(1, result.GetProperty("seats").GetInt32());
        Assert.Equal(6m, result.GetProperty("quota").GetDecimal());
        Assert.Equal(11m, result.GetProperty("validVotes").GetDecimal());
        Assert.Equal(99UL, result.GetProperty("seed").GetUInt64());
        Assert.Equal("exact", result.GetProperty("precision").GetString());
        Assert.Equal(["Ann", "Bob, Jr", "Cy"], result.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("a tie written by hand", result.GetProperty("ties")[0].GetString());
    }

    [Fact]
    public void Write_Candidates_AreOneBasedInStagesAndWinners()
    {
        using var json = JsonDocument.Parse(JsonResultWriter.Write([SampleResult.Counted]));

        var result = json.RootElement[0];
        Assert.Equal([1], result.GetProperty("elected").EnumerateArray().Select(e => e.GetInt32()));
        var stage2 = result.GetProperty("stages")[1];
        Assert.Equal("exclusion", stage2.GetProperty("kind").GetString());
        Assert.Equal(3, stage2.GetProperty("from")[0].GetInt32());
        Assert.Equal(1, stage2.GetProperty("elected")[0].GetInt32());
        Assert.Equal(6.5m, stage2.GetProperty("totals")[0].GetDecimal());
        Assert.Equal(-2m, stage2.GetProperty("transfers")[2].GetDecimal());
        Assert.Equal(0.5m, stage2.GetProperty("nonTransferable").GetDecimal());
        Assert.Equal("elected", stage2.GetProperty("states")[0].GetString());
    }

    [Fact]
    public void Write_SeveralResults_OneArrayInTheOrderGiven()
    {
        var second = SampleResult.Counted with { File = "second.blt" };

        using var json = JsonDocument.Parse(JsonResultWriter.Write([SampleResult.Counted, second]));

        Assert.Equal(["ward.blt", "second.blt"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()));
    }
}
