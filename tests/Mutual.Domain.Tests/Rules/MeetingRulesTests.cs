using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Rules;

public class MeetingRulesTests
{
    // Notice served on 1 March: 2–15 March are the 14 clear days, so the 16th is the first possible day.
    [Fact]
    public void EarliestMeetingDate_FourteenClearDays_ExcludesServiceAndMeetingDays() =>
        Assert.Equal(new DateOnly(2026, 3, 16), new NoticeRules().EarliestMeetingDate(new DateOnly(2026, 3, 1)));

    [Fact]
    public void LatestServiceDate_MeetingOn16March_IsThe1st() =>
        Assert.Equal(new DateOnly(2026, 3, 1), new NoticeRules().LatestServiceDate(new DateOnly(2026, 3, 16)));

    [Theory]
    [InlineData(15, true)]
    [InlineData(14, false)]
    public void IsSufficient_OneDayShort_IsNotEnough(int meetingDay, bool expected) =>
        Assert.Equal(expected, new NoticeRules().IsSufficient(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1).AddDays(meetingDay)));

    [Fact]
    public void ServedWhenPosted_CountsAfter48Hours() =>
        Assert.Equal(
            new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero),
            new NoticeRules().ServedWhenPosted(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(5, 3)]
    [InlineData(12, 3)]
    [InlineData(13, 4)]
    [InlineData(100, 25)]
    [InlineData(101, 26)]
    public void Required_GreaterOfThreeAnd25Percent_MatchesModelRules(int members, int expected) =>
        Assert.Equal(expected, new QuorumRule().Required(members));

    [Theory]
    [InlineData(50, 5)]
    [InlineData(500, 10)]
    public void Required_LesserOfTenAnd10Percent_TakesTheSmaller(int members, int expected)
    {
        var quorum = new QuorumRule { MinimumCount = 10, Percentage = Ratio.Percent(10), Combination = QuorumCombination.LesserOf };

        Assert.Equal(expected, quorum.Required(members));
    }

    [Fact]
    public void IsMet_ExactlyTheQuorum_IsMet()
    {
        Assert.True(new QuorumRule().IsMet(25, 100));
        Assert.False(new QuorumRule().IsMet(24, 100));
    }

    [Theory]
    [InlineData(51, 100, true)]
    [InlineData(50, 100, false)]
    [InlineData(0, 0, false)]
    public void IsPassedBy_OrdinaryResolution_NeedsMoreThanHalf(int inFavour, int cast, bool passed) =>
        Assert.Equal(passed, new ResolutionRules().Ordinary.IsPassedBy(inFavour, cast));

    [Theory]
    [InlineData(75, 100, true)]
    [InlineData(74, 100, false)]
    public void IsPassedBy_SpecialResolution_NeedsThreeQuarters(int inFavour, int cast, bool passed) =>
        Assert.Equal(passed, new ResolutionRules().Special.IsPassedBy(inFavour, cast));

    [Theory]
    [InlineData(2, 3, true)]
    [InlineData(666, 1000, false)]
    [InlineData(667, 1000, true)]
    public void IsPassedBy_TwoThirds_IsExact(int inFavour, int cast, bool passed) =>
        Assert.Equal(passed, ResolutionThreshold.AtLeast(Ratio.Of(2, 3)).IsPassedBy(inFavour, cast));

    [Fact]
    public void IsPassedBy_WeightedDecimalShares_ComparesExactly() =>
        Assert.True(ResolutionThreshold.MoreThan(Ratio.Percent(50)).IsPassedBy(0.5000001m, 1m));

    // D2: one third rounded to nearest: 7 → 2.33 → 2; 8 → 2.67 → 3; 3 → 1.
    [Theory]
    [InlineData(3, 1)]
    [InlineData(7, 2)]
    [InlineData(8, 3)]
    [InlineData(9, 3)]
    public void RetiringAt_OneThird_RoundsToNearest(int boardSize, int expected) =>
        Assert.Equal(expected, new BoardRules().RetiringAt(boardSize));

    // 40 workers and 60 users: overall quorum max(3, 25 of 100) = 25; per class max(3, 10) = 10 and max(3, 15) = 15.
    [Theory]
    [InlineData(false, 20, 5, true)]
    [InlineData(true, 20, 5, false)]
    [InlineData(true, 10, 15, true)]
    [InlineData(true, 9, 16, false)]
    [InlineData(true, 10, 14, false)]
    public void IsMet_ByClass_ChecksEachClassOnlyWhenTheRulesSaySo(bool eachClass, int workers, int users, bool expected)
    {
        var quorum = new QuorumRule { EachClass = eachClass };

        Assert.Equal(expected, quorum.IsMet([new ClassAttendance("worker", workers, 40), new ClassAttendance("user", users, 60)]));
    }

    [Theory]
    [InlineData(2, false, true)]
    [InlineData(3, false, false)]
    [InlineData(2, true, false)]
    [InlineData(1, true, true)]
    public void IsBelowMinimum_LiveMembership_FollowsA2(int active, bool allSocieties, bool below)
    {
        var membership = new MembershipRules { AllMembersAreSocieties = allSocieties, MinimumMembers = allSocieties ? 2 : 3 };

        Assert.Equal(below, membership.IsBelowMinimum(active));
    }
}
