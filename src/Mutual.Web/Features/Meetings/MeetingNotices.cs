using Mutual.Data.Meetings;
using Mutual.Data.Notices;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// Sends a meeting's notice (DOMAIN C2) through the notices mailer: an email with a calendar invite to
/// every member with an address, and a printable PDF for the rest; then records the notice as sent,
/// which fixes the agenda. The notice is built from the meeting as called.
/// </summary>
public sealed class MeetingNotices(MeetingService meetings, NoticeRecipients recipients, NoticeMailer mailer, NoticePrinting printing, TimeProvider clock)
{
    /// <summary>How long a notice's calendar invite says the meeting lasts.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromHours(2);

    public async Task<Result<NoticeRun>> EmailAsync(CurrentSociety society, MeetingId id, string actor, CancellationToken ct)
    {
        var built = await BuildAsync(society, id, actor, ct);
        if (built.Error is { } error) return error;
        // Check the notice is still lawful before anything is sent.
        var now = clock.GetUtcNow();
        var recorded = await meetings.RecordNoticeSentAsync(society.Id, id, now, NoticeMethod.Electronic, actor, ct);
        if (recorded.Error is { } tooLate) return tooLate;
        return await mailer.SendAsync(built.Value, await recipients.CurrentMembersAsync(society.Id, ct), actor, cancellationToken: ct);
    }

    /// <summary>The paper notices for members without email, one PDF; how many it holds.</summary>
    public async Task<Result<int>> PrintAsync(CurrentSociety society, MeetingId id, Stream output, string actor, CancellationToken ct)
    {
        var built = await BuildAsync(society, id, actor, ct);
        if (built.Error is { } error) return error;
        return await printing.WritePdfAsync(built.Value, await recipients.CurrentMembersAsync(society.Id, ct), output, actor, ct);
    }

    private async Task<Result<MeetingNotice>> BuildAsync(CurrentSociety society, MeetingId id, string actor, CancellationToken ct)
    {
        if (await meetings.GetAsync(society.Id, id, ct) is not { } m) return new MeetingNotFound();
        var rules = await meetings.RulesAsync(society.Id, ct);
        if (rules.Error is { } noRules) return noRules;
        return Build(m, rules.Value, society, actor, clock.GetUtcNow());
    }

    public static MeetingNotice Build(Meeting m, MeetingRules rules, CurrentSociety society, string secretary, DateTimeOffset now) => new()
    {
        MeetingId = m.Id.Value,
        SocietyId = society.Id,
        SocietyName = society.Society.Name,
        RegisteredOffice = m.Place ?? "",
        Title = m.Title,
        Kind = m.Kind == MeetingKind.Annual ? NoticeMeetingKind.AnnualGeneralMeeting : NoticeMeetingKind.GeneralMeeting,
        StartsAt = m.StartsAt,
        EndsAt = m.StartsAt + Length,
        TimeZone = m.TimeZoneId,
        Mode = m.Format switch { MeetingFormat.InPerson => NoticeAttendanceMode.InPerson, MeetingFormat.Online => NoticeAttendanceMode.Online, _ => NoticeAttendanceMode.Hybrid },
        Place = m.Place,
        JoinUrl = m.JoinUrl is null ? null : new Uri(m.JoinUrl),
        NoticeDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, m.Zone).DateTime),
        Business = [.. m.Agenda.Select(i => i.Title)],
        Resolutions = [.. m.Agenda.Where(i => i.Kind.IsResolution()).Select(i => new NoticeResolution(i.Title, Label(i.Kind, rules), i.Text))],
        Proxies = rules.ProxiesAllowed
            ? new NoticeProxies(m.ProxyDeadline(rules), "Appoint the chair or another member on the meeting's page in Mutual, or ask the secretary for a paper form.")
            : null,
        SecretaryName = secretary,
    };

    private static string Label(AgendaItemKind kind, MeetingRules rules) => kind switch
    {
        AgendaItemKind.OrdinaryResolution => $"Ordinary resolution ({rules.Resolutions.Ordinary} of votes cast)",
        AgendaItemKind.SpecialResolution => $"Special resolution ({rules.Resolutions.Special} of votes cast)",
        AgendaItemKind.AmalgamationResolution => "Amalgamation resolution (at least 2/3 of voting members)",
        _ => "Resolution to become a company (at least 75% of votes and half of members voting)",
    };
}
