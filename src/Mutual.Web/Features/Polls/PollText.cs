using System.Globalization;
using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>How polls are described to people: plain words for kinds and states, times in UTC.</summary>
public static class PollText
{
    public static string Kind(Poll poll) => poll.Kind == PollKind.Election
        ? $"Election for {poll.Seats} seat{(poll.Seats == 1 ? "" : "s")}"
        : poll.ResolutionKind switch
        {
            ResolutionKind.Special => "Special resolution",
            ResolutionKind.Amalgamation => "Resolution to amalgamate or transfer engagements",
            ResolutionKind.ConversionToCompany => "Resolution to convert to a company",
            _ => "Ordinary resolution",
        };

    public static string State(PollState state) => state switch
    {
        PollState.Draft => "Not yet open",
        PollState.Open => "Open for voting",
        PollState.Closed => "Closed",
        PollState.Certified => "Result certified",
        _ => state.ToString(),
    };

    public static string Tag(PollState state) => state switch
    {
        PollState.Open => "tag",
        PollState.Certified => "tag",
        _ => "tag tag-grey",
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly on) => on.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Choice(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "For",
        VoteChoice.Against => "Against",
        _ => "Abstain",
    };
}
