using System.Globalization;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>The words pages use for meeting enums and times: plain English, in the meeting's own time zone.</summary>
public static class MeetingNames
{
    public static string Kind(MeetingKind kind) => kind == MeetingKind.Annual ? "Annual general meeting" : "General meeting";

    public static string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "In person",
        MeetingFormat.Online => "Online",
        _ => "In person and online",
    };

    public static string State(MeetingState state) => state switch
    {
        MeetingState.Called => "Called",
        MeetingState.Open => "In progress",
        MeetingState.Closed => "Closed",
        _ => "Adjourned",
    };

    public static string Item(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.AccountsAndReports => "Accounts and reports",
        AgendaItemKind.Auditor => "Auditor",
        AgendaItemKind.BoardElection => "Board election",
        AgendaItemKind.OrdinaryResolution => "Ordinary resolution",
        AgendaItemKind.SpecialResolution => "Special resolution",
        AgendaItemKind.AmalgamationResolution => "Amalgamation resolution",
        AgendaItemKind.ConversionResolution => "Resolution to become a company",
        _ => "Other business",
    };

    public static string Vote(ProxyVote vote) => vote switch
    {
        ProxyVote.For => "For",
        ProxyVote.Against => "Against",
        _ => "Abstain",
    };

    /// <summary>"Saturday 20 June 2026, 19:00 (Europe/London)".</summary>
    public static string When(DateTimeOffset at, string timeZoneId)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at;
        return local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({timeZoneId})";
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
