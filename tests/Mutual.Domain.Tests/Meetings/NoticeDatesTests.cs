using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Meetings;

public sealed class NoticeDatesTests
{
    private static readonly NoticeRules Rules = new();
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly NoticeRequirement Fourteen = NoticeRequirement.For(Rules, convertsToCompany: false);
    private static readonly NoticeRequirement Conversion = NoticeRequirement.For(Rules, convertsToCompany: true);

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    // 14 clear days leave out 3 March (service) and the meeting day: 4..17 March are the 14 days.
    [Fact]
    public void Earliest_EmailSentOn3March_Is18March() =>
        Assert.Equal(new DateOnly(2026, 3, 18), NoticeDates.Earliest(Fourteen, Utc(2026, 3, 3), NoticeMethod.Electronic, Rules, London));

    [Fact]
    public void Check_MeetingOn17March_RefusedWithReason()
    {
        var result = NoticeDates.Check(Fourteen, Utc(2026, 3, 3), NoticeMethod.Electronic, new DateOnly(2026, 3, 17), Rules, London);

        var error = Assert.IsType<NoticeTooShort>(result.Error);
        Assert.Equal(new DateOnly(2026, 3, 18), error.Earliest);
        Assert.Equal(
            "The meeting cannot be on 17 March 2026: 14 clear days' notice are needed: notice sent on 3 March 2026 allows 18 March 2026 at the earliest.",
            error.Message);
    }

    [Fact]
    public void Check_MeetingOnEarliestDay_IsLawful() =>
        Assert.True(NoticeDates.Check(Fourteen, Utc(2026, 3, 3), NoticeMethod.Electronic, new DateOnly(2026, 3, 18), Rules, London).IsSuccess);

    // Posted at 10:00 on 3 March, served 48 hours later on 5 March; 6..19 March are the clear days.
    [Fact]
    public void Check_PostedNotice_CountsFromServiceTwoDaysLater()
    {
        var result = NoticeDates.Check(Fourteen, Utc(2026, 3, 3), NoticeMethod.Posted, new DateOnly(2026, 3, 19), Rules, London);

        var error = Assert.IsType<NoticeTooShort>(result.Error);
        Assert.Equal(new DateOnly(2026, 3, 20), error.Earliest);
        Assert.Contains("notice posted on 3 March 2026 counts as served on 5 March 2026, which allows 20 March 2026 at the earliest", error.Message, StringComparison.Ordinal);
    }

    // Posted 23:30 on 30 January: served 23:30 on 1 February, so the clear days are 2..15 February.
    [Fact]
    public void Earliest_PostedAtMonthEnd_CrossesIntoNextMonth() =>
        Assert.Equal(new DateOnly(2026, 2, 16), NoticeDates.Earliest(Fourteen, Utc(2026, 1, 30, 23, 30), NoticeMethod.Posted, Rules, London));

    // 23:30 UTC on 31 May is 00:30 BST on 1 June in London: served 1 June, clear days 2..15 June.
    [Fact]
    public void Earliest_SentJustBeforeMidnightUtcInSummer_CountsTheLondonDay() =>
        Assert.Equal(new DateOnly(2026, 6, 16), NoticeDates.Earliest(Fourteen, Utc(2026, 5, 31, 23, 30), NoticeMethod.Electronic, Rules, London));

    [Fact]
    public void Earliest_ShorterClearDaysInRules_AreUsed() =>
        Assert.Equal(new DateOnly(2026, 3, 11), NoticeRequirement.For(new NoticeRules { ClearDays = 7 }, false).EarliestMeetingDate(new DateOnly(2026, 3, 3)));

    // C9: two clear months run 4 March..3 May, so 4 May.
    [Fact]
    public void Earliest_ConversionResolution_NeedsTwoClearMonths() =>
        Assert.Equal(new DateOnly(2026, 5, 4), Conversion.EarliestMeetingDate(new DateOnly(2026, 3, 3)));

    // Served 30 November: the months are December and January, so 1 February.
    [Fact]
    public void Earliest_ConversionServedOn30November_IsFirstOfFebruary() =>
        Assert.Equal(new DateOnly(2027, 2, 1), Conversion.EarliestMeetingDate(new DateOnly(2026, 11, 30)));

    // Served 29 December: from 30 December two months reach "30 February", which does not exist; the months end with February.
    [Fact]
    public void Earliest_ConversionEndingInShortFebruary_IsFirstOfMarch() =>
        Assert.Equal(new DateOnly(2027, 3, 1), Conversion.EarliestMeetingDate(new DateOnly(2026, 12, 29)));

    [Fact]
    public void ForAdjournment_ThirteenDays_NeedsNoNotice() =>
        Assert.True(NoticeRequirement.ForAdjournment(new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 23)).IsNone);

    // 14 days or more: 7 clear days. Notice on 10 June leaves 11..17 June clear, so 18 June.
    [Fact]
    public void ForAdjournment_FourteenDays_NeedsSevenClearDays()
    {
        var notice = NoticeRequirement.ForAdjournment(new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 24));

        Assert.Equal(7, notice.ClearDays);
        Assert.Equal(new DateOnly(2026, 6, 18), notice.EarliestMeetingDate(new DateOnly(2026, 6, 10)));
    }
}
