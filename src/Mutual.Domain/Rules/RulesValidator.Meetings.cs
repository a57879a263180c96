using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

public static partial class RulesValidator
{
    private static readonly Ratio Half = Ratio.Of(1, 2);
    private static readonly Ratio TwoThirds = Ratio.Of(2, 3);

    private static void CheckMeetings(MeetingRules meetings, ViolationCollector found)
    {
        if (meetings.AgmWithinMonthsOfYearEnd is < 1 or > 12)
            found.Error("meetings.agmWithinMonthsOfYearEnd", "The AGM must fall within 1 to 12 months of the year end (model rules: 6).", "DOMAIN C1");

        var notice = meetings.Notice;
        if (notice.ClearDays < 0)
            found.Error("meetings.notice.clearDays", "Notice cannot be a negative number of clear days.", "DOMAIN C2");
        else if (notice.ClearDays < 14)
            found.Warning("meetings.notice.clearDays", $"{notice.ClearDays} clear days is shorter than the model rules' 14; rule changes need 14.", "DOMAIN C2, E1");
        if (notice.PostedNoticeServedAfterHours < 0)
            found.Error("meetings.notice.postedNoticeServedAfterHours", "Posted notice cannot be served before it is posted.", "DOMAIN C2");
        if (notice.ShortNoticeConsent <= Ratio.Zero || notice.ShortNoticeConsent > Ratio.One)
            found.Error("meetings.notice.shortNoticeConsent", "Consent to short notice must be a share of members above 0% and at most 100% (model rules: 90%).", "DOMAIN C2");

        CheckProxies(meetings, found);
        CheckQuorum(meetings.Quorum, found);
        CheckResolutions(meetings.Resolutions, found);
    }

    private static void CheckProxies(MeetingRules meetings, ViolationCollector found)
    {
        if (meetings.ProxyDeadlineHours < 0)
            found.Error("meetings.proxyDeadlineHours", "The proxy deadline cannot be after the meeting starts: give hours before it (model: 48).", "DOMAIN C6");
        if (meetings.MaximumProxiesPerHolder is < 1)
            found.Error("meetings.maximumProxiesPerHolder", "A member must be able to hold at least one proxy; leave the limit out for none.", "DOMAIN C6");
        if (meetings.AdjournmentWaitMinutes < 0)
            found.Error("meetings.adjournmentWaitMinutes", "The wait for a quorum cannot be negative (model rules: 30 minutes).", "DOMAIN C4");
    }

    private static void CheckQuorum(QuorumRule quorum, ViolationCollector found)
    {
        if (quorum.MinimumCount < 0)
            found.Error("meetings.quorum.minimumCount", "The quorum cannot be a negative number of members.", "DOMAIN C4");
        if (quorum.Percentage is { } percentage && (percentage <= Ratio.Zero || percentage > Ratio.One))
            found.Error("meetings.quorum.percentage", $"The quorum percentage must be above 0% and at most 100%; it is {percentage}.", "DOMAIN C4");

        var noPercentage = quorum.Percentage is null;
        if (quorum.MinimumCount == 0 && (noPercentage || quorum.Combination == QuorumCombination.LesserOf))
            found.Error("meetings.quorum", "The quorum works out at nobody: set a minimum number of members present.", "DOMAIN C4");
        else if (quorum.MinimumCount < 2 && noPercentage)
            found.Warning("meetings.quorum.minimumCount", "A quorum of one member lets a single person hold a general meeting.", "DOMAIN C4");
    }

    private static void CheckResolutions(ResolutionRules resolutions, ViolationCollector found)
    {
        var ordinary = resolutions.Ordinary;
        if (ordinary.Fraction > Ratio.One)
            found.Error("meetings.resolutions.ordinary", $"No resolution can need {ordinary}: that is more than every vote.", "DOMAIN C7");
        else if (!IsMajority(ordinary))
            found.Error("meetings.resolutions.ordinary", $"An ordinary resolution needs more than 50% of votes cast; the rules say {ordinary}.", "DOMAIN C7");

        var special = resolutions.Special;
        if (special.Fraction > Ratio.One)
            found.Error("meetings.resolutions.special", $"No resolution can need {special}: that is more than every vote.", "DOMAIN C7");
        else if (special.Fraction < TwoThirds)
            found.Error("meetings.resolutions.special", $"A special (extraordinary) resolution needs at least 2/3 of votes cast, usually 75%; the rules say {special}.", "DOMAIN C7");
        else if (special.Fraction < Ratio.Percent(75))
            found.Warning("meetings.resolutions.special", $"A special resolution at {special} is below the usual 75%; check this is what the rules intend.", "DOMAIN C7");
    }

    private static bool IsMajority(ResolutionThreshold threshold) =>
        threshold.Comparison == ThresholdComparison.MoreThan ? threshold.Fraction >= Half : threshold.Fraction > Half;
}
