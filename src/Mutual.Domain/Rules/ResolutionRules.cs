using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// The thresholds the rules set for resolutions (DOMAIN C7): ordinary, and special
/// ("extraordinary") for rule changes, expulsions, major disposals and winding up. Written
/// resolutions are allowed unless the rules say otherwise.
/// </summary>
public sealed record ResolutionRules
{
    public ResolutionThreshold Ordinary { get; init; } = ResolutionThreshold.MoreThan(Ratio.Percent(50));

    public ResolutionThreshold Special { get; init; } = ResolutionThreshold.AtLeast(Ratio.Percent(75));

    public bool WrittenResolutionsAllowed { get; init; } = true;

    /// <summary>C7: abstentions are reported but are not votes cast, unless the rules say they are.</summary>
    public bool AbstentionsCountAsCast { get; init; }
}
