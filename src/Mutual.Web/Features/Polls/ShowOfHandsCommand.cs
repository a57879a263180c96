using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// <c>POST …/polls/{id}/show-of-hands</c> (DOMAIN C6, C10): checks every count is a whole number 0 or
/// more and names the field that is not, then records one set of totals or the hands class by class.
/// </summary>
public static class ShowOfHandsCommand
{
    public static async Task<IResult> RecordAsync(Guid id, ShowOfHandsRequest body, PollService service, HttpContext http, CancellationToken ct)
    {
        var society = http.Society().Id;
        var poll = new PollId(id);
        if (body.Classes is { Count: > 0 } classes)
        {
            for (var i = 0; i < classes.Count; i++)
            {
                var c = classes[i];
                if (string.IsNullOrWhiteSpace(c.ClassKey)) return PollErrors.Missing($"classes[{i}].classKey", "Give the key of the membership class, like worker.");
                if (Negative(c.For, c.Against, c.Abstain) is { } field)
                    return PollErrors.Missing($"classes[{i}].{field}", $"Give the number of hands {field} in class {c.ClassKey}, a whole number 0 or more.");
            }

            var byClass = classes.Select(c => new ClassShowOfHands(c.ClassKey!.Trim(), c.For!.Value, c.Against!.Value, c.Abstain!.Value)).ToList();
            return Answer(await service.RecordShowOfHandsAsync(society, poll, byClass, PollCommands.Actor(http), ct), "classes");
        }

        if (Negative(body.For, body.Against, body.Abstain) is { } missing)
            return PollErrors.Missing(missing, $"Give the number of hands {missing}, a whole number 0 or more.");
        var hands = new ShowOfHands(body.For!.Value, body.Against!.Value, body.Abstain!.Value);
        return Answer(await service.RecordShowOfHandsAsync(society, poll, hands, PollCommands.Actor(http), ct), null);
    }

    private static string? Negative(int? inFavour, int? against, int? abstain) =>
        inFavour is not >= 0 ? "for" : against is not >= 0 ? "against" : abstain is not >= 0 ? "abstain" : null;

    private static IResult Answer(Domain.Common.Result<Poll> recorded, string? invalidField) => recorded.Error switch
    {
        null => TypedResults.Ok(ShowOfHandsResponse.Of(recorded.Value, recorded.Value.ShowOfHands!)),
        ShowOfHandsInvalid invalid when invalidField is not null => PollErrors.Missing(invalidField, invalid.Message),
        var error => PollErrors.ToHttpResult(error),
    };
}
