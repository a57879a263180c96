using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Meetings;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// <c>/api/v1/societies/{slug}/meetings</c>: every role may list and read meetings; the secretary
/// calls them and sets the agenda; the chair (or the secretary) records attendance, reads the quorum and adjourns; a
/// member appoints or revokes their own proxy.
/// </summary>
public static class MeetingsApi
{
    public static void MapMeetingsApi(this RouteGroupBuilder society)
    {
        var meetings = society.MapGroup("/meetings").WithTags("Meetings");

        meetings.MapGet("", async (MeetingService service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(http.Society().Id, ct)).Select(m => m.ToResponse()).ToList()))
            .WithName("ListMeetings").WithSummary("The society's general meetings, newest first");

        meetings.MapGet("/{meetingId:guid}", async Task<Results<Ok<MeetingResponse>, NotFound>> (Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(http.Society().Id, new MeetingId(meetingId), ct) is { } m ? TypedResults.Ok(m.ToResponse()) : TypedResults.NotFound())
            .WithName("GetMeeting").WithSummary("A meeting with its agenda and minutes");

        meetings.MapGet("/earliest-date", async Task<Results<Ok<EarliestDateResponse>, ValidationProblem>> (
                    DateTimeOffset? noticeAt, NoticeMethod? method, string? timeZone, bool? convertsToCompany,
                    MeetingService service, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                {
                    var earliest = await service.EarliestDateAsync(
                        http.Society().Id, noticeAt ?? clock.GetUtcNow(), method ?? NoticeMethod.Electronic, timeZone ?? "Europe/London", convertsToCompany ?? false, ct);
                    return earliest.Error is { } error ? Problem(error) : TypedResults.Ok(new EarliestDateResponse(earliest.Value));
                })
            .RequireAuthorization(SocietyPolicies.Secretary)
            .WithName("EarliestMeetingDate").WithSummary("The earliest lawful meeting date for notice sent at a given time (DOMAIN C2, C9)");

        meetings.MapPost("", MeetingCommands.CallAsync)
            .RequireAuthorization(SocietyPolicies.Secretary)
            .WithName("CallMeeting").WithSummary("Call a general meeting with lawful notice (C1, C2)");

        meetings.MapPost("/{meetingId:guid}/agenda", MeetingCommands.AddItemAsync)
            .RequireAuthorization(SocietyPolicies.Secretary)
            .WithName("AddAgendaItem").WithSummary("Add business before notice goes out (C2)");

        meetings.MapPost("/{meetingId:guid}/attendance", MeetingCommands.RecordAttendanceAsync)
            .RequireAuthorization(SocietyPolicies.Chair)
            .WithName("RecordAttendance").WithSummary("The chair records a member present, in person or online (C4, C6)");

        meetings.MapGet("/{meetingId:guid}/attendance", async Task<Results<Ok<List<AttendeeResponse>>, NotFound>> (Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(http.Society().Id, new MeetingId(meetingId), ct) is { } m ? TypedResults.Ok(m.Attendees.Select(a => a.ToResponse()).ToList()) : TypedResults.NotFound())
            .RequireAuthorization(SocietyPolicies.Chair)
            .WithName("GetAttendance").WithSummary("The attendance register");

        meetings.MapGet("/{meetingId:guid}/quorum", async Task<Results<Ok<QuorumResponse>, NotFound>> (Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
            {
                var quorum = await service.QuorumAsync(http.Society().Id, new MeetingId(meetingId), ct);
                return quorum.IsSuccess ? TypedResults.Ok(quorum.Value.ToResponse()) : TypedResults.NotFound();
            })
            .RequireAuthorization(SocietyPolicies.Chair)
            .WithName("GetQuorum").WithSummary("Whether the meeting is quorate now, in all and per class (C4)");

        meetings.MapPost("/{meetingId:guid}/adjourn", MeetingCommands.AdjournAsync)
            .RequireAuthorization(SocietyPolicies.Chair)
            .WithName("AdjournMeeting").WithSummary("Adjourn for want of a quorum after the wait (C4)");

        meetings.MapGet("/{meetingId:guid}/proxies", async Task<Results<Ok<List<ProxyResponse>>, NotFound>> (Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(http.Society().Id, new MeetingId(meetingId), ct) is { } m ? TypedResults.Ok(m.Proxies.Select(p => p.ToResponse()).ToList()) : TypedResults.NotFound())
            .RequireAuthorization(SocietyPolicies.Chair)
            .WithName("ListProxies").WithSummary("Every proxy appointed for the meeting (C6)");

        meetings.MapPut("/{meetingId:guid}/proxy", MeetingCommands.AppointProxyAsync)
            .WithName("AppointMyProxy").WithSummary("The signed-in member appoints their proxy (C6)");

        meetings.MapDelete("/{meetingId:guid}/proxy", MeetingCommands.RevokeProxyAsync)
            .WithName("RevokeMyProxy").WithSummary("The signed-in member revokes their proxy (C6)");
    }

    internal static ValidationProblem Problem(DomainError error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [MeetingFields.ForApi(error)] = [error.Message] }, title: error.Message);

    internal static ValidationProblem Missing(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);

    internal static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";

    internal static MemberId? Me(HttpContext http) => http.Society().MemberId;
}
