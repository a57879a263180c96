namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// Counts a resolution: weighted votes for, against and abstaining, judged against a
/// <see cref="ResolutionThreshold"/> (DOMAIN.md C7). The chair has no casting vote, so a tie is
/// lost whatever the threshold (C5), and a resolution with no votes cast is lost.
/// </summary>
public static class ResolutionCount
{
    public static ResolutionResult Count(IEnumerable<ResolutionVote> votes, ResolutionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(threshold);
        decimal inFavour = 0m, against = 0m, abstain = 0m;
        foreach (var vote in votes)
        {
            if (vote.Weight < 0) throw new ArgumentOutOfRangeException(nameof(votes), vote.Weight, "A vote cannot carry a negative weight.");
            switch (vote.Choice)
            {
                case ResolutionChoice.For: inFavour += vote.Weight; break;
                case ResolutionChoice.Against: against += vote.Weight; break;
                case ResolutionChoice.Abstain: abstain += vote.Weight; break;
                default: throw new ArgumentOutOfRangeException(nameof(votes), vote.Choice, "Unknown choice.");
            }
        }

        return Decide(inFavour, against, abstain, threshold);
    }

    /// <summary>Judges totals already added up (a show of hands, a paper count).</summary>
    public static ResolutionResult Decide(decimal inFavour, decimal against, decimal abstain, ResolutionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var cast = inFavour + against + (threshold.AbstentionsCountAsCast ? abstain : 0m);
        var share = cast == 0m ? ExactFraction.Zero : ExactFraction.FromDecimal(inFavour) / cast;
        var carried = cast > 0m && inFavour != against && threshold.IsMetBy(share);
        return new ResolutionResult(inFavour, against, abstain, cast, share, threshold, carried);
    }
}

/// <summary>One member's (or one proxy's) vote on a resolution, with its weight.</summary>
public sealed record ResolutionVote(ResolutionChoice Choice, decimal Weight = 1m);

public enum ResolutionChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>The declared result: totals, the share in favour of the votes cast, and whether it carried.</summary>
public sealed record ResolutionResult(
    decimal For,
    decimal Against,
    decimal Abstentions,
    decimal Cast,
    ExactFraction ShareFor,
    ResolutionThreshold Threshold,
    bool Carried);
