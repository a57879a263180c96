using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// <c>/api/v1/societies/{slug}/polls</c> (issue 4 point 8): the secretary drafts, the returning
/// officer opens, closes, counts and certifies, a member casts, and anyone in the society reads the
/// results once the poll has closed. <c>POST /api/v1/ballots</c> takes a ballot code instead of a login.
/// </summary>
public static class PollsApi
{
    public static void MapPollsApi(this RouteGroupBuilder api, RouteGroupBuilder society)
    {
        var polls = society.MapGroup("/polls").WithTags("Polls");

        polls.MapGet("", async (PollService service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(http.Society().Id, cancellationToken: ct)).Select(p => p.ToResponse()).ToList()))
            .WithName("ListPolls").WithSummary("Every poll in the society, newest first");
        polls.MapPost("", PollCommands.CreateAsync)
            .RequireAuthorization(SocietyPolicies.Secretary)
            .Produces<PollResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithName("CreatePoll").WithSummary("Draft a resolution (C7–C9) or a board election (D1, D2)");
        polls.MapGet("/{id:guid}", async (Guid id, PollService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(http.Society().Id, new PollId(id), ct) is { } poll ? Results.Ok(poll.ToResponse()) : Results.NotFound())
            .Produces<PollResponse>().Produces(StatusCodes.Status404NotFound)
            .WithName("GetPoll");

        var officer = polls.MapGroup("/{id:guid}").RequireAuthorization(PollPolicies.ReturningOfficer);
        officer.MapPost("/open", PollCommands.OpenAsync)
            .Produces<OpenedPollResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("OpenPoll").WithSummary("Freeze the voter roll at the record date and issue one single-use ballot code per voter (shown this once)");
        officer.MapPost("/close", PollCommands.CloseAsync).Produces<PollResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ClosePoll").WithSummary("Close voting; results become visible");
        officer.MapPost("/count", PollCommands.CountAsync).Produces<ResultsResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CountPoll").WithSummary("Count a closed poll by its method, with class weights where the rules give them (C10)");
        officer.MapPost("/certify", PollCommands.CertifyAsync).Produces<ResultsResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CertifyPoll").WithSummary("The returning officer certifies the counted result");
        officer.MapPost("/paper-ballots", BallotCommands.CastPaperAsync).Produces<ReceiptResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithName("EnterPaperBallot").WithSummary("Enter a paper ballot against its single-use code");

        polls.MapPost("/{id:guid}/show-of-hands", ShowOfHandsCommand.RecordAsync)
            .RequireAuthorization(SocietyPolicies.Chair)
            .Produces<ShowOfHandsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RecordShowOfHands").WithSummary("The chair records the show of hands on a resolution (C6), class by class where the rules weight classes (C10); the count adds it to the ballots");
        polls.MapPost("/{id:guid}/ballots", BallotCommands.CastAsMemberAsync)
            .Produces<ReceiptResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CastBallot").WithSummary("The signed-in member casts their one ballot and gets a receipt code");
        polls.MapGet("/{id:guid}/results", BallotCommands.ResultsAsync)
            .Produces<ResultsResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("PollResults").WithSummary("Turnout, totals or round sheet, and every receipt with its ballot; hidden until the poll closes");
        polls.MapGet("/{id:guid}/ballots.blt", BallotCommands.BltAsync)
            .Produces<string>(StatusCodes.Status200OK, "text/plain").ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ExportBallotsBlt").WithSummary("A closed election's ballots in BLT, for anyone to recount");

        api.MapPost("/ballots", BallotCommands.CastByCodeAsync)
            .AllowAnonymous().WithTags("Polls")
            .Produces<ReceiptResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CastBallotByCode").WithSummary("Cast a ballot with a single-use ballot code, without an account");
    }
}
