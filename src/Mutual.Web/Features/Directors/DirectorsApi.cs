using Mutual.Data.Meetings;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Directors;

/// <summary><c>GET /api/v1/societies/{slug}/directors</c>: the register of directors, current and past (DOMAIN B4, D2), for every role.</summary>
public static class DirectorsApi
{
    public static void MapDirectorsApi(this RouteGroupBuilder society) =>
        society.MapGet("/directors", async (MeetingService meetings, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await meetings.DirectorRegisterAsync(http.Society().Id, ct)).ToResponse()))
            .WithTags("Directors").WithName("ListDirectors").WithSummary("The board now and past directors, with each term's start and the election that began it");
}

public sealed record DirectorResponse(Guid MemberId, string Name, DateOnly ElectedOn, Guid? ElectedAtMeeting, string? ElectedBy, DateOnly? LeftOn, string? LeftBecause);

public sealed record DirectorRegisterResponse(IReadOnlyList<DirectorResponse> Current, IReadOnlyList<DirectorResponse> Past);

public static class DirectorMapping
{
    public static DirectorRegisterResponse ToResponse(this DirectorRegister register) => new([.. register.Current.Select(ToResponse)], [.. register.Past.Select(ToResponse)]);

    private static DirectorResponse ToResponse(DirectorRecord d) => new(d.MemberId.Value, d.Name, d.ElectedOn, d.ElectedAtMeeting, d.ElectedBy, d.LeftOn, d.LeftBecause);
}
