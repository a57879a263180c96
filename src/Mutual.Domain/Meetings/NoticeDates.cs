using System.Globalization;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

/// <summary>
/// The notice arithmetic of DOMAIN C2: when notice counts as served (posted notice after 48 hours),
/// the earliest lawful meeting date it allows, and a refusal that says why when a date is too early.
/// Days are counted in the meeting's own time zone.
/// </summary>
public static class NoticeDates
{
    /// <summary>The day notice sent at <paramref name="sent"/> counts as served, in <paramref name="zone"/>.</summary>
    public static DateOnly ServedOn(DateTimeOffset sent, NoticeMethod method, NoticeRules rules, TimeZoneInfo zone)
    {
        var served = method == NoticeMethod.Posted ? rules.ServedWhenPosted(sent) : sent;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(served, zone).DateTime);
    }

    public static DateOnly Earliest(NoticeRequirement required, DateTimeOffset sent, NoticeMethod method, NoticeRules rules, TimeZoneInfo zone) =>
        required.EarliestMeetingDate(ServedOn(sent, method, rules, zone));

    /// <summary>Whether a meeting on <paramref name="meeting"/> has enough notice; if not, the reason.</summary>
    public static Result<DateOnly> Check(
        NoticeRequirement required, DateTimeOffset sent, NoticeMethod method, DateOnly meeting, NoticeRules rules, TimeZoneInfo zone)
    {
        if (required.IsNone) return meeting;
        var served = ServedOn(sent, method, rules, zone);
        var earliest = required.EarliestMeetingDate(served);
        if (meeting >= earliest) return meeting;

        var sentOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sent, zone).DateTime);
        var how = method == NoticeMethod.Posted
            ? $"notice posted on {Day(sentOn)} counts as served on {Day(served)}, which allows"
            : $"notice sent on {Day(sentOn)} allows";
        return new NoticeTooShort(meeting, earliest, $"{required.Reason}: {how} {Day(earliest)} at the earliest.");
    }

    internal static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
