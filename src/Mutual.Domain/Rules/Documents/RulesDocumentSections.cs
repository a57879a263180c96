using System.Text;
using static Mutual.Domain.Rules.Documents.MarkdownText;

namespace Mutual.Domain.Rules.Documents;

/// <summary>The wording of each section of the rules document, one method per section.</summary>
internal static class RulesDocumentSections
{
    public static string Membership(SocietyRules rules)
    {
        var m = rules.Membership;
        var text = new StringBuilder();
        text.Append("- The society has at least ").Append(Count(m.MinimumMembers, "member", "members"))
            .Append(m.AllMembersAreSocieties ? ", all of them registered societies" : "").Append(".\n");
        text.Append("- Members are at least ").Append(m.MinimumAge).Append(" years old.\n");
        text.Append("- Former members' entries in the register are kept for ").Append(Count(m.FormerMemberRetentionYears, "year", "years")).Append(".\n\n");

        text.Append("| Class | Who may join | Admitted by the board | Votes per member");
        text.Append(rules.IsWeighted ? " | Weight |\n|---|---|---|---|---|\n" : " |\n|---|---|---|---|\n");
        foreach (var c in rules.MembershipClasses)
        {
            text.Append("| ").Append(Escape(c.Name)).Append(" | ").Append(Escape(c.Eligibility)).Append(" | ")
                .Append(c.AdmissionByBoard ? "Yes" : "No").Append(" | ").Append(c.VotesPerMember);
            if (rules.IsWeighted) text.Append(" | ").Append(c.Weight is { } w ? Share(w) : "none");
            text.Append(" |\n");
        }

        if (rules.IsWeighted)
            text.Append("\nIn a vote of all members, each class's result counts in proportion to its weight.\n");
        return text.ToString();
    }

    public static string Meetings(MeetingRules m)
    {
        var q = m.Quorum;
        var text = new StringBuilder();
        text.Append("- The annual general meeting is held within ").Append(Count(m.AgmWithinMonthsOfYearEnd, "month", "months")).Append(" of the end of the financial year.\n");
        text.Append("- Members get at least ").Append(Count(m.Notice.ClearDays, "clear day's", "clear days'"))
            .Append(" notice, not counting the day it is served or the day of the meeting. Posted notice counts as served ")
            .Append(m.Notice.PostedNoticeServedAfterHours).Append(" hours after posting. Shorter notice needs the written consent of ")
            .Append(Share(m.Notice.ShortNoticeConsent)).Append(" of members.\n");
        text.Append("- The quorum is ").Append(QuorumPhrase(q)).Append(q.EachClass ? ", in each class of membership as well as overall" : "").Append(".\n");
        text.Append("- An ordinary resolution needs ").Append(Threshold(m.Resolutions.Ordinary)).Append("; a special resolution needs ")
            .Append(Threshold(m.Resolutions.Special)).Append(". A tie is lost.\n");
        text.Append("- Written resolutions are ").Append(Allowed(m.Resolutions.WrittenResolutionsAllowed)).Append(".\n");
        text.Append("- Voting by proxy is ").Append(Allowed(m.ProxiesAllowed)).Append("; by post, ").Append(Allowed(m.PostalVotingAllowed))
            .Append("; electronically, ").Append(Allowed(m.ElectronicVotingAllowed)).Append(".\n");
        return text.ToString();
    }

    public static string Board(BoardRules b)
    {
        var text = new StringBuilder();
        text.Append("- The board has at least ").Append(Count(b.MinimumSize, "director", "directors"))
            .Append(b.MaximumSize is { } max ? $" and at most {max}" : "").Append(", elected by and from the members.\n");
        text.Append("- Directors are at least ").Append(b.MinimumAge).Append(" years old.\n");
        text.Append("- Everyone stands down at the first annual general meeting; after that, ").Append(Share(b.RetirementFraction))
            .Append(" of the board (rounded to the nearest whole number) retires at each one, longest-serving first, and may stand again.\n");
        text.Append("- The board may appoint up to ").Append(Count(b.MaximumIndependentDirectors, "independent director", "independent directors")).Append(".\n");
        text.Append("- Elections are counted by ").Append(Escape(b.ElectionMethod)).Append(".\n");
        return text.ToString();
    }

    public static string Shares(SocietyRules rules)
    {
        var s = rules.Shares;
        return $"- Shares are {ShareTypePhrase(s.ShareType)}, with a nominal value of {Money(s.ParValue)} each.\n"
            + $"- Every member holds at least {Money(s.MinimumShareholding)} and at most {Money(s.MaximumShareholding)} in shares.\n"
            + "- Each member has the votes of their class, however many shares they hold.\n";
    }

    public static string Withdrawal(WithdrawalTerms w)
    {
        var text = new StringBuilder();
        text.Append("- A member gives ").Append(Count(w.NoticeDays, "day's", "days'")).Append(" notice to withdraw share capital");
        text.Append(w.MinimumHoldingYears > 0 ? $", and may do so only after holding the shares for {Count(w.MinimumHoldingYears, "year", "years")}" : "").Append(".\n");
        if (w.AnnualCap is { } cap) text.Append("- No more than ").Append(Share(cap)).Append(" of share capital is withdrawn in any year.\n");
        if (w.BoardMayRefuseOrSuspend) text.Append("- The board may refuse or suspend withdrawals to protect the society.\n");
        return text.ToString();
    }

    public static string Profits(SocietyRules rules)
    {
        var p = rules.Profits;
        var text = new StringBuilder();
        text.Append(p.DividendsAllowed
            ? "- Profits may be shared among members in proportion to their participation, after reserves and community purposes.\n"
            : "- No profits are distributed to members.\n");
        text.Append(!p.InterestOnSharesAllowed ? "- No interest is paid on shares.\n"
            : p.MaximumInterestRate is { } rate ? $"- Interest on shares is at most {Share(rate)} a year.\n"
            : "- Interest may be paid on shares at a rate declared in advance.\n");
        if (p.AssetLock)
            text.Append("- The society's assets are locked: after share capital is repaid, they pass only to another asset-locked body.\n");
        return text.ToString();
    }

    private static string QuorumPhrase(QuorumRule q) => q.Percentage switch
    {
        null => Count(q.MinimumCount, "member", "members") + " present",
        { } p => $"the {(q.Combination == QuorumCombination.GreaterOf ? "greater" : "lesser")} of {Count(q.MinimumCount, "member", "members")} and {Share(p)} of members, present",
    };
}
