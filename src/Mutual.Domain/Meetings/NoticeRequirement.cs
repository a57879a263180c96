using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

/// <summary>
/// How much notice a meeting needs (DOMAIN C2, C4, C9): the rules' clear days; two clear months when
/// a resolution converts the society to a company (C9); seven clear days for an adjournment of 14
/// days or more, and none for a shorter one (C4).
/// </summary>
public sealed record NoticeRequirement(int ClearDays, int ClearMonths, string Reason)
{
    /// <summary>C4: an adjournment of this many days or more needs fresh notice.</summary>
    public const int AdjournmentNeedingNoticeDays = 14;

    /// <summary>C4: the clear days' notice an adjournment of 14 days or more needs.</summary>
    public const int AdjournmentClearDays = 7;

    /// <summary>C9: the months' notice for a resolution to convert to, amalgamate with or transfer to a company.</summary>
    public const int ConversionClearMonths = 2;

    public static readonly NoticeRequirement None = new(0, 0, "no notice is needed");

    public bool IsNone => ClearDays == 0 && ClearMonths == 0;

    public static NoticeRequirement For(NoticeRules rules, bool convertsToCompany) =>
        convertsToCompany
            ? new(rules.ClearDays, ConversionClearMonths, $"{ConversionClearMonths} clear months' notice are needed for a resolution to become a company")
            : new(rules.ClearDays, 0, $"{rules.ClearDays} clear days' notice are needed");

    /// <summary>C4: notice for a meeting adjourned from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static NoticeRequirement ForAdjournment(DateOnly from, DateOnly to) =>
        to.DayNumber - from.DayNumber >= AdjournmentNeedingNoticeDays
            ? new(AdjournmentClearDays, 0, $"{AdjournmentClearDays} clear days' notice are needed for an adjournment of {AdjournmentNeedingNoticeDays} days or more")
            : None;

    /// <summary>
    /// The first day the meeting may be held when notice is served on <paramref name="served"/>:
    /// clear days and clear months both leave out the day of service and the day of the meeting.
    /// </summary>
    public DateOnly EarliestMeetingDate(DateOnly served)
    {
        var byDays = served.AddDays(ClearDays + 1);
        if (ClearMonths == 0) return byDays;
        var byMonths = AddClearMonths(served.AddDays(1), ClearMonths);
        return byMonths > byDays ? byMonths : byDays;
    }

    // Months run from the day after service to the same day of a later month; when that month is
    // too short (30 December + 2 months), the months end with it and the meeting may be on the 1st.
    private static DateOnly AddClearMonths(DateOnly start, int months)
    {
        var end = start.AddMonths(months);
        return end.Day == start.Day ? end : new DateOnly(end.Year, end.Month, 1).AddMonths(1);
    }
}
