using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>The show of hands as recorded: the totals, and the hands in each class where the rules weight classes (C10).</summary>
public sealed record ShowOfHandsResponse(Guid PollId, int For, int Against, int Abstain, IReadOnlyList<ClassHandsResponse> Classes)
{
    public static ShowOfHandsResponse Of(Poll poll, ShowOfHands hands) => new(
        poll.Id.Value, hands.For, hands.Against, hands.Abstain,
        [.. poll.HandsByClass.Select(c => new ClassHandsResponse(c.ClassKey, c.For, c.Against, c.Abstain))]);
}

public sealed record ClassHandsResponse(string ClassKey, int For, int Against, int Abstain);
