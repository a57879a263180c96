using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>The poll endpoints for the secretary and the returning officer: check the body, call <see cref="PollService"/>, say what went wrong and where.</summary>
public static class PollCommands
{
    public static async Task<IResult> CreateAsync(CreatePollRequest body, PollService service, HttpContext http, CancellationToken ct)
    {
        var read = PollDraftReader.Read(body);
        if (read.Draft is null) return TypedResults.ValidationProblem(read.Problems, title: read.Problems.Values.First()[0]);

        var society = http.Society();
        var created = await service.CreateAsync(society.Id, read.Draft, Actor(http), ct);
        if (created.Error is { } error) return PollErrors.ToHttpResult(error);
        var poll = await service.GetAsync(society.Id, created.Value, ct);
        return TypedResults.Created($"/api/v1/societies/{society.Society.Slug}/polls/{created.Value}", poll!.ToResponse());
    }

    public static async Task<IResult> OpenAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var opened = await service.OpenAsync(http.Society().Id, new PollId(id), Actor(http), ct);
        return opened.Error is { } error
            ? PollErrors.ToHttpResult(error)
            : TypedResults.Ok(new OpenedPollResponse(id, opened.Value.Count, [.. opened.Value.Select(c => new IssuedCodeResponse(c.MemberId.Value, c.Code))]));
    }

    public static async Task<IResult> CloseAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var closed = await service.CloseAsync(http.Society().Id, new PollId(id), Actor(http), ct);
        return closed.Error is { } error ? PollErrors.ToHttpResult(error) : TypedResults.Ok(closed.Value.ToResponse());
    }

    public static async Task<IResult> CountAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society().Id;
        var counted = await service.CountAsync(society, new PollId(id), Actor(http), ct);
        if (counted.Error is { } error) return PollErrors.ToHttpResult(error);
        return TypedResults.Ok((await service.ResultsAsync(society, new PollId(id), ct))!.ToResponse());
    }

    public static async Task<IResult> CertifyAsync(Guid id, PollService service, HttpContext http, CancellationToken ct)
    {
        var certified = await service.CertifyAsync(http.Society().Id, new PollId(id), Actor(http), ct);
        return certified.Error is { } error ? PollErrors.ToHttpResult(error) : TypedResults.Ok(certified.Value.ToResponse());
    }

    internal static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";
}
