using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Meetings;

/// <summary>A general meeting at 18:00 UTC on 20 June 2026 in London (BST), called with notice sent on 1 May.</summary>
internal static class SampleMeeting
{
    public const string London = "Europe/London";

    public static readonly DateTimeOffset StartsAt = new(2026, 6, 20, 18, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset NoticeAt = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public static MeetingRules Rules(bool proxies = true) => new() { ProxiesAllowed = proxies };

    public static MeetingPlan Plan(params AgendaItemDraft[] agenda) =>
        new(MeetingKind.General, "General meeting", MeetingFormat.InPerson, "Village hall, Stroud", null, StartsAt, London, agenda);

    public static Meeting Call(MeetingRules? rules = null, params AgendaItemDraft[] agenda) =>
        Meeting.Call(SocietyId.New(), Plan(agenda), rules ?? Rules(), NoticeAt, NoticeMethod.Electronic, NoticeAt).Value;

    public static AgendaItemDraft Resolution(string title = "Adopt new rules") => new(AgendaItemKind.SpecialResolution, title);

    public static MeetingMember Member(string name, params string[] classes) =>
        new(MemberId.New(), name, classes.Length == 0 ? ["member"] : classes);

    public static IReadOnlyList<MeetingMember> Members(int count, string classKey = "member") =>
        [.. Enumerable.Range(1, count).Select(i => Member($"Member {i}", classKey))];
}
