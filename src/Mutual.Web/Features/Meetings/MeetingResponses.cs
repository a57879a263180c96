using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

public sealed record MeetingSummaryResponse(Guid Id, MeetingKind Kind, string Title, MeetingFormat Format, MeetingState State, DateTimeOffset StartsAt, string TimeZone);

public sealed record AgendaItemResponse(Guid Id, int Number, AgendaItemKind Kind, string Title, string Text, int? Vacancies, Guid? PollId);

public sealed record MinuteResponse(int Number, DateTimeOffset RecordedAt, MinuteKind Kind, string Text);

public sealed record MeetingResponse(
    Guid Id, MeetingKind Kind, string Title, MeetingFormat Format, string? Place, string? JoinUrl, DateTimeOffset StartsAt, string TimeZone,
    MeetingState State, bool NoticeSent, DateTimeOffset NoticeAt, Guid? AdjournedFrom, Guid? AdjournedTo,
    IReadOnlyList<AgendaItemResponse> Agenda, IReadOnlyList<MinuteResponse> Minutes);

public sealed record AttendeeResponse(Guid MemberId, string Name, AttendanceMode Mode, DateTimeOffset ArrivedAt);

public sealed record ClassQuorumResponse(string ClassKey, int Present, int Members, int Required, bool IsMet);

public sealed record QuorumResponse(int Present, int InPerson, int Online, int ByProxy, int Members, int Required, bool IsMet, bool IsAdjourned, IReadOnlyList<ClassQuorumResponse> Classes);

public sealed record ProxyResponse(Guid Id, Guid Appointer, string AppointerName, Guid? Holder, string HolderName, IReadOnlyDictionary<Guid, ProxyVote> Directions, bool IsActive, string? RevokedBecause);

public sealed record EarliestDateResponse(DateOnly Earliest);

public static class MeetingResponseMapping
{
    public static MeetingSummaryResponse ToResponse(this MeetingSummary m) => new(m.Id.Value, m.Kind, m.Title, m.Format, m.State, m.StartsAt, m.TimeZoneId);

    public static MeetingResponse ToResponse(this Meeting m) => new(
        m.Id.Value, m.Kind, m.Title, m.Format, m.Place, m.JoinUrl, m.StartsAt, m.TimeZoneId, m.State, m.NoticeSent, m.NoticeAt,
        m.AdjournedFrom?.Value, m.AdjournedTo?.Value,
        [.. m.Agenda.Select(i => new AgendaItemResponse(i.Id, i.Number, i.Kind, i.Title, i.Text, i.Vacancies, i.PollId))],
        [.. m.Minutes.Select(n => new MinuteResponse(n.Number, n.RecordedAt, n.Kind, n.Text))]);

    public static AttendeeResponse ToResponse(this Attendee a) => new(a.MemberId.Value, a.Name, a.Mode, a.ArrivedAt);

    public static QuorumResponse ToResponse(this QuorumReport q) => new(
        q.Present, q.InPerson, q.Online, q.ByProxy, q.Members, q.Required, q.IsMet, q.IsAdjourned,
        [.. q.Classes.Select(c => new ClassQuorumResponse(c.ClassKey, c.Present, c.Members, c.Required, c.IsMet))]);

    public static ProxyResponse ToResponse(this ProxyAppointment p) => new(
        p.Id, p.AppointerId.Value, p.AppointerName, p.HolderId?.Value, p.HolderName, p.Directions, p.IsActive, p.RevokedBecause);
}
