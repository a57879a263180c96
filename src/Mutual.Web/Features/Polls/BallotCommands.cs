using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>Casting ballots (by login, by code, on paper) and reading what a closed poll publishes.</summary>
public static class BallotCommands
{
    public static async Task<IResult> CastAsMemberAsync(Guid id, CastBallotRequest body, PollService service, HttpContext http, CancellationToken ct)
    {
        var (ballot, field, problem) = BallotInput.Read(body.Choice, body.Ranking);
        if (ballot is null) return PollErrors.Missing(field, problem);
        var society = http.Society();
        if (society.MemberId is not { } member)
            return TypedResults.Problem(title: "Your login is not linked to a member of this society, so it has no vote.", statusCode: StatusCodes.Status403Forbidden);

        var cast = await service.CastAsync(society.Id, new PollId(id), new VoterCredential.Member(member), ballot, PollCommands.Actor(http), ct);
        return Receipt(id, cast);
    }

    public static async Task<IResult> CastByCodeAsync(CastByCodeRequest body, PollService service, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Society)) return PollErrors.Missing("society", "Give the society's short name (slug), as printed with your ballot code.");
        if (body.PollId is not { } pollId) return PollErrors.Missing("pollId", "Give the poll's id, as printed with your ballot code.");
        if (string.IsNullOrWhiteSpace(body.Code)) return PollErrors.Missing("code", "Give your ballot code.");
        var (ballot, field, problem) = BallotInput.Read(body.Choice, body.Ranking);
        if (ballot is null) return PollErrors.Missing(field, problem);
        // An unknown society and an unknown poll answer alike, so the endpoint reveals nothing.
        var cast = await service.CastByCodeAsync(body.Society.Trim(), new PollId(pollId), body.Code.Trim(), ballot, ct);
        return Receipt(pollId, cast);
    }

    public static async Task<IResult> CastPaperAsync(Guid id, PaperBallotRequest body, PollService service, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Code)) return PollErrors.Missing("code", "Give the ballot code printed on the paper.");
        var (ballot, field, problem) = BallotInput.Read(body.Choice, body.Ranking);
        if (ballot is null) return PollErrors.Missing(field, problem);

        var cast = await service.CastPaperAsync(http.Society().Id, new PollId(id), body.Code.Trim(), ballot, PollCommands.Actor(http), ct);
        return Receipt(id, cast);
    }

    public static async Task<IResult> ResultsAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society().Id;
        if (await service.GetAsync(society, new PollId(id), ct) is null) return TypedResults.NotFound();
        return await service.ResultsAsync(society, new PollId(id), ct) is { } results
            ? TypedResults.Ok(results.ToResponse())
            : Hidden();
    }

    public static async Task<IResult> BltAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society().Id;
        var poll = await service.GetAsync(society, new PollId(id), ct);
        if (poll is null) return TypedResults.NotFound();
        if (poll.Kind != PollKind.Election) return TypedResults.Problem(title: "Only an election's ballots are exported as BLT.", statusCode: StatusCodes.Status409Conflict);
        if (!poll.ResultsVisible) return Hidden();

        await using var text = new StringWriter();
        await service.ExportBltAsync(society, poll.Id, text, ct);
        return TypedResults.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    private static IResult Receipt(Guid pollId, Mutual.Domain.Common.Result<BallotReceipt> cast) =>
        cast.Error is { } error
            ? PollErrors.ToHttpResult(error)
            : TypedResults.Json(new ReceiptResponse(pollId, cast.Value.Code), statusCode: StatusCodes.Status201Created);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Hidden() =>
        TypedResults.Problem(title: "Results are hidden from everyone until the returning officer closes the poll.", statusCode: StatusCodes.Status409Conflict);
}
