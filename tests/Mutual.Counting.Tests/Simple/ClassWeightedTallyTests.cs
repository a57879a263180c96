using Mutual.Counting.Methods.Simple;

namespace Mutual.Counting.Tests.Simple;

public class ClassWeightedTallyTests
{
    [Fact]
    public void Count_SomersetWeights_IsTheWeightedSumOfYesShares()
    {
        // Workers 50%: 3 of 4 yes; clients 25%: 1 of 4 yes; investors 25%: 0 of 2 yes.
        // 0.5 * 3/4 + 0.25 * 1/4 + 0.25 * 0 = 3/8 + 1/16 = 7/16.
        ClassVotes[] classes =
        [
            new("workers", 0.5m, 3m, 1m), new("clients", 0.25m, 1m, 3m), new("investors", 0.25m, 0m, 2m),
        ];

        var result = ClassWeightedTally.Count(classes, ResolutionThreshold.Ordinary);

        Assert.Equal(new ExactFraction(7, 16), result.Result);
        Assert.False(result.Carried);
    }

    [Fact]
    public void Count_ThirdsOfWeight_StayExact()
    {
        // Each class 1/3: yes shares 1, 1/2 and 1/4: (1 + 1/2 + 1/4) / 3 = 7/12 > 1/2.
        var third = new ExactFraction(1, 3);
        ClassVotes[] classes = [new("a", third, 1m, 0m), new("b", third, 1m, 1m), new("c", third, 1m, 3m)];

        var result = ClassWeightedTally.Count(classes, ResolutionThreshold.Ordinary);

        Assert.Equal(new ExactFraction(7, 12), result.Result);
        Assert.True(result.Carried);
    }

    [Fact]
    public void Count_ExactlyHalf_IsATieAndLost()
    {
        ClassVotes[] classes = [new("a", 0.5m, 1m, 0m), new("b", 0.5m, 0m, 1m)];

        var result = ClassWeightedTally.Count(classes, new ResolutionThreshold(1, 2, ThresholdComparison.AtLeast));

        Assert.Equal(new ExactFraction(1, 2), result.Result);
        Assert.False(result.Carried);
    }

    [Fact]
    public void Count_WeightsNotSummingToOne_AreRejected()
    {
        ClassVotes[] classes = [new("a", 0.5m, 1m, 0m), new("b", 0.4m, 1m, 0m)];

        Assert.Throws<ArgumentException>(() => ClassWeightedTally.Count(classes, ResolutionThreshold.Ordinary));
    }

    [Fact]
    public void Count_ClassWithNoVotes_AddsNothing()
    {
        // 0.75 * 1 + 0.25 * (nobody voted) = 3/4.
        ClassVotes[] classes = [new("a", 0.75m, 5m, 0m), new("b", 0.25m, 0m, 0m)];

        var result = ClassWeightedTally.Count(classes, ResolutionThreshold.Special);

        Assert.Equal(new ExactFraction(3, 4), result.Result);
        Assert.True(result.Carried);
    }
}
