using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Data.Rules;

/// <summary>Maps the YAML fields onto <see cref="SocietyRules"/>; absent fields take the record's defaults.</summary>
internal static class RulesYamlReader
{
    public static SocietyRules Read(RulesYamlSection root)
    {
        var defaults = new SocietyRules { Name = "", LegalForm = LegalForm.CoOperative };
        var rules = new SocietyRules
        {
            Name = root.RequiredString("name"),
            LegalForm = root.Enum("legalForm", LegalForm.CoOperative, RulesYamlNames.LegalForms),
            Jurisdiction = root.Enum("jurisdiction", defaults.Jurisdiction, RulesYamlNames.Jurisdictions),
            NameExemptFromLimited = root.Bool("nameExemptFromLimited", defaults.NameExemptFromLimited),
            Objects = root.String("objects", defaults.Objects),
            Membership = Membership(root.Section("membership")),
            MembershipClasses = [.. (root.List("membershipClasses") ?? []).Select(Class)],
            Meetings = Meetings(root.Section("meetings")),
            Board = Board(root.Section("board")),
            Shares = Shares(root.Section("shares")),
            Withdrawal = Withdrawal(root.Section("withdrawal")),
            Profits = Profits(root.Section("profits")),
        };
        root.RejectUnknownKeys();
        return rules;
    }

    private static MembershipRules Membership(RulesYamlSection? s)
    {
        var d = new MembershipRules();
        if (s is null) return d;
        var result = new MembershipRules
        {
            MinimumMembers = s.Int("minimumMembers", d.MinimumMembers),
            AllMembersAreSocieties = s.Bool("allMembersAreSocieties", d.AllMembersAreSocieties),
            MinimumAge = s.Int("minimumAge", d.MinimumAge),
            FormerMemberRetentionYears = s.Int("formerMemberRetentionYears", d.FormerMemberRetentionYears),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static MembershipClass Class(RulesYamlSection s)
    {
        var d = new MembershipClass { Key = "", Name = "" };
        var result = new MembershipClass
        {
            Key = s.RequiredString("key"),
            Name = s.RequiredString("name"),
            Eligibility = s.String("eligibility", d.Eligibility),
            AdmissionByBoard = s.Bool("admissionByBoard", d.AdmissionByBoard),
            VotesPerMember = s.Int("votesPerMember", d.VotesPerMember),
            Weight = s.NullableRatio("weight", d.Weight),
            IsInvestor = s.Bool("isInvestor", d.IsInvestor),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static MeetingRules Meetings(RulesYamlSection? s)
    {
        var d = new MeetingRules();
        if (s is null) return d;
        var result = new MeetingRules
        {
            AgmWithinMonthsOfYearEnd = s.Int("agmWithinMonthsOfYearEnd", d.AgmWithinMonthsOfYearEnd),
            Notice = Notice(s.Section("notice")),
            Quorum = Quorum(s.Section("quorum")),
            Resolutions = Resolutions(s.Section("resolutions")),
            ProxiesAllowed = s.Bool("proxiesAllowed", d.ProxiesAllowed),
            PostalVotingAllowed = s.Bool("postalVotingAllowed", d.PostalVotingAllowed),
            ElectronicVotingAllowed = s.Bool("electronicVotingAllowed", d.ElectronicVotingAllowed),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static NoticeRules Notice(RulesYamlSection? s)
    {
        var d = new NoticeRules();
        if (s is null) return d;
        var result = new NoticeRules
        {
            ClearDays = s.Int("clearDays", d.ClearDays),
            PostedNoticeServedAfterHours = s.Int("postedNoticeServedAfterHours", d.PostedNoticeServedAfterHours),
            ShortNoticeConsent = s.Ratio("shortNoticeConsent", d.ShortNoticeConsent),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static QuorumRule Quorum(RulesYamlSection? s)
    {
        var d = new QuorumRule();
        if (s is null) return d;
        var result = new QuorumRule
        {
            MinimumCount = s.Int("minimumCount", d.MinimumCount),
            Percentage = s.NullableRatio("percentage", d.Percentage),
            Combination = s.Enum("combination", d.Combination, RulesYamlNames.QuorumCombinations),
            EachClass = s.Bool("eachClass", d.EachClass),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static ResolutionRules Resolutions(RulesYamlSection? s)
    {
        var d = new ResolutionRules();
        if (s is null) return d;
        const string expected = "a threshold such as \"more than 50%\" or \"at least 2/3\"";
        var result = new ResolutionRules
        {
            Ordinary = s.Parse("ordinary", d.Ordinary, ParseThreshold, expected),
            Special = s.Parse("special", d.Special, ParseThreshold, expected),
            WrittenResolutionsAllowed = s.Bool("writtenResolutionsAllowed", d.WrittenResolutionsAllowed),
            AbstentionsCountAsCast = s.Bool("abstentionsCountAsCast", d.AbstentionsCountAsCast),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static BoardRules Board(RulesYamlSection? s)
    {
        var d = new BoardRules();
        if (s is null) return d;
        var result = new BoardRules
        {
            MinimumSize = s.Int("minimumSize", d.MinimumSize),
            MaximumSize = s.NullableInt("maximumSize", d.MaximumSize),
            RetirementFraction = s.Ratio("retirementFraction", d.RetirementFraction),
            MinimumAge = s.Int("minimumAge", d.MinimumAge),
            MaximumIndependentDirectors = s.Int("maximumIndependentDirectors", d.MaximumIndependentDirectors),
            ElectionMethod = s.String("electionMethod", d.ElectionMethod),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static ShareholdingRules Shares(RulesYamlSection? s)
    {
        var d = new ShareholdingRules();
        if (s is null) return d;
        var result = new ShareholdingRules
        {
            ShareType = s.Enum("shareType", d.ShareType, RulesYamlNames.ShareTypes),
            ParValue = s.Decimal("parValue", d.ParValue),
            MinimumShareholding = s.Decimal("minimumShareholding", d.MinimumShareholding),
            MaximumShareholding = s.Decimal("maximumShareholding", d.MaximumShareholding),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static WithdrawalTerms Withdrawal(RulesYamlSection? s)
    {
        var d = new WithdrawalTerms();
        if (s is null) return d;
        var result = new WithdrawalTerms
        {
            NoticeDays = s.Int("noticeDays", d.NoticeDays),
            MinimumHoldingYears = s.Int("minimumHoldingYears", d.MinimumHoldingYears),
            AnnualCap = s.NullableRatio("annualCap", d.AnnualCap),
            BoardMayRefuseOrSuspend = s.Bool("boardMayRefuseOrSuspend", d.BoardMayRefuseOrSuspend),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static ProfitRules Profits(RulesYamlSection? s)
    {
        var d = new ProfitRules();
        if (s is null) return d;
        var result = new ProfitRules
        {
            DividendsAllowed = s.Bool("dividendsAllowed", d.DividendsAllowed),
            InterestOnSharesAllowed = s.Bool("interestOnSharesAllowed", d.InterestOnSharesAllowed),
            MaximumInterestRate = s.NullableRatio("maximumInterestRate", d.MaximumInterestRate),
            AssetLock = s.Bool("assetLock", d.AssetLock),
        };
        s.RejectUnknownKeys();
        return result;
    }

    private static ResolutionThreshold? ParseThreshold(string text)
    {
        var t = text.Trim();
        foreach (var (prefix, comparison) in new[] { (RulesYamlNames.MoreThan, ThresholdComparison.MoreThan), (RulesYamlNames.AtLeast, ThresholdComparison.AtLeast) })
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Ratio.TryParse(t[prefix.Length..], out var fraction))
                return new ResolutionThreshold(fraction, comparison);
        }

        return null;
    }
}
