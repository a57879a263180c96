using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using static Mutual.Web.Features.Meetings.MeetingsApi;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// <c>/api/v1/societies/{slug}/meetings/{meetingId}/nominations</c> (issue 4 point 5, DOMAIN D1):
/// anyone in the society reads the candidates and statements; a member nominates (themselves or
/// another member) and the secretary may for them; the candidate, proposer or secretary withdraws;
/// the secretary turns the nominations into the election poll.
/// </summary>
public static class NominationsApi
{
    public static void MapNominationsApi(this RouteGroupBuilder society)
    {
        var nominations = society.MapGroup("/meetings/{meetingId:guid}/nominations").WithTags("Meetings");

        nominations.MapGet("", async Task<Results<Ok<List<NominationResponse>>, NotFound>> (Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(http.Society().Id, new MeetingId(meetingId), ct) is null
                    ? TypedResults.NotFound()
                    : TypedResults.Ok((await service.NominationsAsync(http.Society().Id, new MeetingId(meetingId), ct)).Select(n => n.ToResponse()).ToList()))
            .WithName("ListNominations").WithSummary("The board election's nominations, withdrawn ones included, with statements");

        nominations.MapPost("", NominateAsync)
            .WithName("Nominate").WithSummary("Nominate a current member for the board election until notice goes out (D1)");

        nominations.MapDelete("/{nominationId:guid}", WithdrawAsync)
            .WithName("WithdrawNomination").WithSummary("The candidate, their proposer or the secretary withdraws a nomination before the poll is created");

        nominations.MapPost("/election", CreateElectionAsync)
            .RequireAuthorization(SocietyPolicies.Secretary)
            .WithName("CreateBoardElection").WithSummary("Create the election poll from the nominations, or declare the candidates elected unopposed");
    }

    public static async Task<Results<Created<NominationResponse>, NotFound, ForbidHttpResult, ValidationProblem>> NominateAsync(
        Guid meetingId, NominationRequest body, MeetingService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society();
        if (society.MemberId is null && !society.IsSecretary) return TypedResults.Forbid();
        if (body.CandidateMemberId is not { } candidate) return Missing("candidateMemberId", "Give the member id of the candidate.");
        if (await ElectionItemAsync(service, society, meetingId, body.ItemId, ct) is not { } itemId) return TypedResults.NotFound();
        if (itemId == Guid.Empty) return Refused(new NotABoardElection());
        var made = await service.NominateAsync(
            society.Id, new MeetingId(meetingId), itemId, new MemberId(candidate), body.Statement, society.IsSecretary ? null : society.MemberId, Actor(http), ct);
        if (NominationFields.IsNotFound(made.Error)) return TypedResults.NotFound();
        if (made.Error is { } error) return Refused(error);
        return TypedResults.Created($"/api/v1/societies/{society.Society.Slug}/meetings/{meetingId}/nominations/{made.Value.Id}", made.Value.ToResponse());
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound, ForbidHttpResult, ValidationProblem>> WithdrawAsync(
        Guid meetingId, Guid nominationId, MeetingService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society();
        if (society.MemberId is null && !society.IsSecretary) return TypedResults.Forbid();
        var withdrawn = await service.WithdrawNominationAsync(society.Id, new MeetingId(meetingId), nominationId, society.IsSecretary ? null : society.MemberId, Actor(http), ct);
        if (NominationFields.IsNotFound(withdrawn.Error)) return TypedResults.NotFound();
        if (withdrawn.Error is NotYourNomination) return TypedResults.Forbid();
        return withdrawn.Error is { } error ? Refused(error) : TypedResults.Ok(withdrawn.Value.ToResponse());
    }

    public static async Task<Results<Ok<BoardElectionResponse>, NotFound, ValidationProblem>> CreateElectionAsync(
        Guid meetingId, BoardElectionRequest? body, MeetingService service, MeetingPolls meetingPolls, HttpContext http, CancellationToken ct)
    {
        var society = http.Society();
        if (await ElectionItemAsync(service, society, meetingId, body?.ItemId, ct) is not { } itemId) return TypedResults.NotFound();
        if (itemId == Guid.Empty) return Refused(new NotABoardElection());
        var started = await meetingPolls.CreateElectionAsync(society.Id, new MeetingId(meetingId), itemId, Actor(http), ct);
        if (NominationFields.IsNotFound(started.Error)) return TypedResults.NotFound();
        return started.Error is { } error
            ? Refused(error)
            : TypedResults.Ok(new BoardElectionResponse(started.Value.PollId?.Value, started.Value.ElectedUnopposed));
    }

    // Most AGMs have one election on the agenda, so the item may be left out; Guid.Empty when there is none.
    private static async Task<Guid?> ElectionItemAsync(MeetingService service, CurrentSociety society, Guid meetingId, Guid? itemId, CancellationToken ct)
    {
        if (itemId is { } given) return given;
        var meeting = await service.GetAsync(society.Id, new MeetingId(meetingId), ct);
        return meeting?.Agenda.FirstOrDefault(i => i.Kind == AgendaItemKind.BoardElection)?.Id ?? (meeting is null ? null : Guid.Empty);
    }

    private static ValidationProblem Refused(Domain.Common.DomainError error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [NominationFields.ForApi(error)] = [error.Message] }, title: error.Message);
}

public sealed record NominationRequest(Guid? ItemId, Guid? CandidateMemberId, string? Statement);

public sealed record BoardElectionRequest(Guid? ItemId);

public sealed record NominationResponse(
    Guid Id, Guid ItemId, Guid CandidateMemberId, string CandidateName, string Statement, Guid? ProposerMemberId, DateTimeOffset NominatedAt,
    DateTimeOffset? WithdrawnAt, bool IsActive);

/// <summary>The election poll created, or, with no poll needed, the candidates elected unopposed.</summary>
public sealed record BoardElectionResponse(Guid? PollId, IReadOnlyList<string> ElectedUnopposed);

public static class NominationMapping
{
    public static NominationResponse ToResponse(this Nomination n) => new(
        n.Id, n.AgendaItemId, n.CandidateId.Value, n.CandidateName, n.Statement, n.ProposerId?.Value, n.NominatedAt, n.WithdrawnAt, n.IsActive);
}
