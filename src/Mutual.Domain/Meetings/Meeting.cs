using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Meetings;

/// <summary>
/// A general meeting of the society (DOMAIN C1–C6): the AGM or another general meeting, in person,
/// online or both. It is called with lawful notice (C2), opened and closed by the chair, or adjourned
/// when inquorate (C4); its agenda is fixed once notice goes out, and its minutes are only appended to.
/// </summary>
public sealed partial class Meeting
{
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Attendee> _attendees = [];
    private readonly List<ProxyAppointment> _proxies = [];
    private readonly List<Minute> _minutes = [];

    // For EF Core.
    private Meeting()
    {
        Title = "";
        TimeZoneId = "";
    }

    public MeetingId Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string Title { get; private set; }

    public MeetingFormat Format { get; private set; }

    public string? Place { get; private set; }

    public string? JoinUrl { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>The IANA time zone the meeting is held in; notice days are counted in it.</summary>
    public string TimeZoneId { get; private set; }

    public MeetingState State { get; private set; }

    public DateTimeOffset CalledAt { get; private set; }

    /// <summary>When notice was sent, or is planned to be until it is; and how.</summary>
    public DateTimeOffset NoticeAt { get; private set; }

    public NoticeMethod NoticeMethod { get; private set; }

    public bool NoticeSent { get; private set; }

    /// <summary>C4: this meeting continues an adjourned one, so those present are the quorum.</summary>
    public MeetingId? AdjournedFrom { get; private set; }

    public MeetingId? AdjournedTo { get; private set; }

    public bool IsAdjournment => AdjournedFrom is not null;

    public IReadOnlyList<AgendaItem> Agenda => _agenda.AsReadOnly();

    public IReadOnlyList<Attendee> Attendees => _attendees.AsReadOnly();

    public IReadOnlyList<ProxyAppointment> Proxies => _proxies.AsReadOnly();

    public IReadOnlyList<Minute> Minutes => _minutes.AsReadOnly();

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public DateOnly Date => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(StartsAt, Zone).DateTime);

    public bool ConvertsToCompany => _agenda.Any(i => i.Kind == AgendaItemKind.ConversionResolution);

    /// <summary>
    /// C2: calls a meeting whose notice goes out at <paramref name="noticeAt"/> by <paramref name="method"/>;
    /// refused, with the reason, when that notice would be too short for the date.
    /// </summary>
    public static Result<Meeting> Call(
        SocietyId societyId, MeetingPlan plan, MeetingRules rules, DateTimeOffset noticeAt, NoticeMethod method, DateTimeOffset now)
    {
        if (CheckPlan(plan) is { } invalid) return invalid;
        var meeting = new Meeting
        {
            Id = MeetingId.New(),
            SocietyId = societyId,
            Kind = plan.Kind,
            Title = plan.Title.Trim(),
            Format = plan.Format,
            Place = Clean(plan.Place),
            JoinUrl = Clean(plan.JoinUrl),
            StartsAt = plan.StartsAt.ToUniversalTime(),
            TimeZoneId = plan.TimeZoneId,
            State = MeetingState.Called,
            CalledAt = now,
            NoticeAt = noticeAt.ToUniversalTime(),
            NoticeMethod = method,
        };
        foreach (var draft in plan.Agenda)
        {
            if (string.IsNullOrWhiteSpace(draft.Title)) return new AgendaItemTitleRequired();
            meeting.Append(draft);
        }

        return meeting.CheckNotice(rules, meeting.NoticeAt, method) is { } tooShort ? tooShort : meeting;
    }

    /// <summary>C2, C4, C9: the notice this meeting needs.</summary>
    public NoticeRequirement RequiredNotice(MeetingRules rules) =>
        IsAdjournment ? NoticeRequirement.None : NoticeRequirement.For(rules.Notice, ConvertsToCompany);

    /// <summary>C2: notice has gone out; refused if, sent then, it is too short for the meeting.</summary>
    public Result<Meeting> RecordNoticeSent(DateTimeOffset sentAt, NoticeMethod method, MeetingRules rules)
    {
        if (State != MeetingState.Called) return new MeetingNotInState(State, "send notice");
        if (CheckNotice(rules, sentAt, method) is { } tooShort) return tooShort;
        NoticeAt = sentAt.ToUniversalTime();
        NoticeMethod = method;
        NoticeSent = true;
        return this;
    }

    private NoticeTooShort? CheckNotice(MeetingRules rules, DateTimeOffset at, NoticeMethod method) =>
        NoticeDates.Check(RequiredNotice(rules), at, method, Date, rules.Notice, Zone).Error as NoticeTooShort;

    private static DomainError? CheckPlan(MeetingPlan plan)
    {
        if (string.IsNullOrWhiteSpace(plan.Title)) return new MeetingTitleRequired();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(plan.TimeZoneId, out _)) return new UnknownTimeZone(plan.TimeZoneId);
        if (plan.Format != MeetingFormat.Online && string.IsNullOrWhiteSpace(plan.Place)) return new PlaceRequired();
        if (plan.Format != MeetingFormat.InPerson && !IsWebAddress(plan.JoinUrl)) return new JoinUrlRequired();
        return null;
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private MeetingNotInState? Require(MeetingState state, string action) => State == state ? null : new MeetingNotInState(State, action);

    private void Write(MinuteKind kind, string text, DateTimeOffset at, Guid? item = null) =>
        _minutes.Add(new Minute(_minutes.Count + 1, at, kind, text, item));
}
