using Mutual.Domain.Common;

namespace Mutual.Domain.Tests.Common;

public class RatioTests
{
    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("75%", 3, 4)]
    [InlineData("0.75", 3, 4)]
    [InlineData("33.5%", 67, 200)]
    [InlineData(" 4/6 ", 2, 3)]
    [InlineData("100%", 1, 1)]
    public void TryParse_ValidText_GivesLowestTerms(string text, long numerator, long denominator)
    {
        Assert.True(Ratio.TryParse(text, out var ratio));
        Assert.Equal(numerator, ratio.Numerator);
        Assert.Equal(denominator, ratio.Denominator);
    }

    [Theory]
    [InlineData("")]
    [InlineData("three quarters")]
    [InlineData("1/0")]
    [InlineData("%")]
    public void TryParse_Nonsense_Fails(string text) => Assert.False(Ratio.TryParse(text, out _));

    [Theory]
    [InlineData(2, 3, "2/3")]
    [InlineData(3, 4, "75%")]
    [InlineData(1, 8, "12.5%")]
    [InlineData(1, 3, "1/3")]
    public void ToString_ReadsBackAsTheSameRatio(long numerator, long denominator, string expected)
    {
        var ratio = Ratio.Of(numerator, denominator);
        Assert.Equal(expected, ratio.ToString());
        Assert.True(Ratio.TryParse(ratio.ToString(), out var back));
        Assert.Equal(ratio, back);
    }

    [Fact]
    public void Default_EqualsZero() => Assert.Equal(Ratio.Of(0, 5), default(Ratio));

    [Theory]
    [InlineData(1, 4, 100, 25)]
    [InlineData(1, 4, 101, 26)]
    [InlineData(1, 10, 9, 1)]
    public void CeilingOf_RoundsUp(long numerator, long denominator, int count, int expected) =>
        Assert.Equal(expected, Ratio.Of(numerator, denominator).CeilingOf(count));

    [Fact]
    public void Comparison_ThirdsAreExact()
    {
        Assert.True(Ratio.Of(2, 3) > Ratio.Percent(66.6666m));
        Assert.True(Ratio.Of(2, 3) < Ratio.Percent(66.6667m));
        Assert.Equal(Ratio.One, Ratio.Of(1, 3) + Ratio.Of(2, 3));
    }

    [Theory]
    [InlineData("0.1234567890123456789012")]
    [InlineData("99999999999999999999%")]
    [InlineData("1/99999999999999999999")]
    public void TryParse_TooFineOrTooLarge_FailsInsteadOfThrowing(string text) => Assert.False(Ratio.TryParse(text, out _));

    [Fact]
    public void FromDecimal_TrailingZeros_GiveTheSameRatio() => Assert.Equal(Ratio.Of(3, 4), Ratio.FromDecimal(0.750000m));

    [Fact]
    public void Sum_ManyFineFractions_StaysExact() =>
        Assert.Equal(Ratio.One, Ratio.Sum(Enumerable.Repeat(Ratio.Of(1, 7), 7)));

    [Fact]
    public void Sum_DenominatorsTooLargeToHold_Throws() =>
        Assert.Throws<OverflowException>(() => Ratio.Of(1, 999_999_999_989) + Ratio.Of(1, 999_999_999_959));

    private sealed record Holder(Ratio Weight, Ratio? Cap);

    [Fact]
    public void Json_RatioAndNullableRatio_AreWrittenAsTextAndReadBack()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Holder(Ratio.Of(2, 3), null));

        Assert.Equal("{\"Weight\":\"2/3\",\"Cap\":null}", json);
        Assert.Equal(new Holder(Ratio.Of(2, 3), null), System.Text.Json.JsonSerializer.Deserialize<Holder>(json));
    }

    [Fact]
    public void Json_Nonsense_IsRefused() =>
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Ratio>("\"lots\""));
}
