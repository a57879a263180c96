using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using static Mutual.Web.Features.Meetings.MeetingsApi;

namespace Mutual.Web.Features.Meetings;

/// <summary>The meeting endpoints that change something: check the body names every field, call the service, say what went wrong and where.</summary>
public static class MeetingCommands
{
    public static async Task<Results<Created<MeetingResponse>, ValidationProblem>> CallAsync(
        CallMeetingRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (body.Kind is null) return Missing("kind", "Give the kind of meeting: Annual or General.");
        if (body.Format is null) return Missing("format", "Give the format: InPerson, Online or Hybrid.");
        if (body.StartsAt is null) return Missing("startsAt", "Give when the meeting starts, with its offset, like 2026-06-20T18:30:00+01:00.");
        if (body.Agenda?.FirstOrDefault(i => i.Kind is null) is not null) return Missing("agenda", "Give every agenda item a kind, like OrdinaryResolution.");

        var society = http.Society();
        IReadOnlyList<AgendaItemDraft> agenda = [.. (body.Agenda ?? []).Select(i => new AgendaItemDraft(i.Kind!.Value, i.Title ?? "", i.Text ?? "", i.Vacancies))];
        if (body.BuildAgmAgenda) (_, agenda) = await service.AgmAgendaAsync(society.Id, Random.Shared.Next(), agenda, ct);
        var plan = new MeetingPlan(body.Kind.Value, body.Title ?? "", body.Format.Value, body.Place, body.JoinUrl, body.StartsAt.Value, body.TimeZone ?? "Europe/London", agenda);
        var called = await service.CallAsync(society.Id, plan, body.NoticeAt, body.NoticeMethod ?? NoticeMethod.Electronic, Actor(http), ct);
        if (called.Error is { } error) return Problem(error);
        return TypedResults.Created($"/api/v1/societies/{society.Society.Slug}/meetings/{called.Value.Id}", called.Value.ToResponse());
    }

    public static async Task<Results<Ok<AgendaItemResponse>, NotFound, ValidationProblem>> AddItemAsync(
        Guid meetingId, AgendaItemRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (body.Kind is null) return Missing("kind", "Give the kind of business, like OrdinaryResolution or SpecialResolution.");
        var added = await service.AddItemAsync(http.Society().Id, new MeetingId(meetingId), new AgendaItemDraft(body.Kind.Value, body.Title ?? "", body.Text ?? "", body.Vacancies), Actor(http), ct);
        if (added.Error is MeetingNotFound) return TypedResults.NotFound();
        if (added.Error is { } error) return Problem(error);
        var i = added.Value;
        return TypedResults.Ok(new AgendaItemResponse(i.Id, i.Number, i.Kind, i.Title, i.Text, i.Vacancies, i.PollId));
    }

    public static async Task<Results<Ok<AttendeeResponse>, NotFound, ValidationProblem>> RecordAttendanceAsync(
        Guid meetingId, AttendanceRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (body.MemberId is null) return Missing("memberId", "Give the id of the member who has arrived.");
        var recorded = await service.RecordAttendanceAsync(http.Society().Id, new MeetingId(meetingId), new MemberId(body.MemberId.Value), body.Mode ?? AttendanceMode.InPerson, Actor(http), ct);
        if (recorded.Error is MeetingNotFound) return TypedResults.NotFound();
        return recorded.Error is { } error ? Problem(error) : TypedResults.Ok(recorded.Value.ToResponse());
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound, ValidationProblem>> AdjournAsync(
        Guid meetingId, AdjournRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (body.ResumesAt is null) return Missing("resumesAt", "Give when the adjourned meeting resumes, like 2026-06-27T18:30:00+01:00.");
        var adjourned = await service.AdjournAsync(http.Society().Id, new MeetingId(meetingId), body.ResumesAt.Value, Actor(http), ct);
        if (adjourned.Error is MeetingNotFound) return TypedResults.NotFound();
        return adjourned.Error is { } error ? Problem(error) : TypedResults.Ok(adjourned.Value.ToResponse());
    }

    public static async Task<Results<Ok<ProxyResponse>, NotFound, ForbidHttpResult, ValidationProblem>> AppointProxyAsync(
        Guid meetingId, AppointProxyRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (Me(http) is not { } me) return TypedResults.Forbid();
        var holder = body.HolderMemberId is { } h ? new MemberId(h) : (MemberId?)null;
        var appointed = await service.AppointProxyAsync(http.Society().Id, new MeetingId(meetingId), me, holder, body.Directions ?? new Dictionary<Guid, ProxyVote>(), Actor(http), ct);
        if (appointed.Error is MeetingNotFound) return TypedResults.NotFound();
        return appointed.Error is { } error ? Problem(error) : TypedResults.Ok(appointed.Value.ToResponse());
    }

    public static async Task<Results<Ok<ProxyResponse>, NotFound, ForbidHttpResult, ValidationProblem>> RevokeProxyAsync(
        Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct)
    {
        if (Me(http) is not { } me) return TypedResults.Forbid();
        var revoked = await service.RevokeProxyAsync(http.Society().Id, new MeetingId(meetingId), me, Actor(http), ct);
        if (revoked.Error is MeetingNotFound) return TypedResults.NotFound();
        return revoked.Error is { } error ? Problem(error) : TypedResults.Ok(revoked.Value.ToResponse());
    }
}
