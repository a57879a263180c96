using Mutual.Counting.Arithmetic;

namespace Mutual.Counting.Tests.Scottish;

public class ArithmeticTests
{
    [Fact]
    public void SplitMix64_Seed1234567_GivesThePublishedSequence()
    {
        // The reference outputs of Vigna's splitmix64.c for this seed.
        var generator = new SplitMix64(1234567);

        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];

        Assert.Equal(expected, expected.Select(_ => generator.Next()));
    }

    [Fact]
    public void SplitMix64_NextInt_StaysInRange()
    {
        var generator = new SplitMix64(42);

        var draws = Enumerable.Range(0, 1000).Select(_ => generator.NextInt(3)).ToList();

        Assert.All(draws, d => Assert.InRange(d, 0, 2));
        Assert.Equal([0, 1, 2], draws.Distinct().Order());
    }

    [Fact]
    public void FixedPoint_FromDecimal_TruncatesTowardZero()
    {
        var five = new FixedPoint(5);

        Assert.Equal(123456, five.FromDecimal(1.234567m));
        Assert.Equal(68_200_000, five.FromDecimal(682m));
        Assert.Equal(-100_000, five.FromDecimal(-1.000009m));
    }

    [Fact]
    public void FixedPoint_MulDiv_TruncatesTheExactQuotient()
    {
        // Rule 48(3): 1 × 682 ÷ 1982 = 0.344096870..., kept as 0.34409.
        Assert.Equal(34409, FixedPoint.MulDiv(100000, 68200000, 198200000));
        Assert.Equal(0.34409m, new FixedPoint(5).ToDecimal(34409));
        Assert.Equal(1.23456m, FixedPoint.Truncate(1.234569m, 5));
    }
}
