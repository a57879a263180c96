using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Data.Tests.Rules;

/// <summary>Round-trips many generated rule sets, with text chosen to trip up a YAML writer.</summary>
public class RulesYamlRandomRoundTripTests
{
    private static readonly string[] Awkward =
    [
        "", " ", "null", "~", "true", "No", "12", "-3.5", "1/3", "50%", "a: b", "# not a comment", "- item", "'single'", "\"double\"",
        "tab\there", "line\nbreak", "  leading", "trailing  ", "ends with newline\n", "\n\nstarts blank", "Cymdeithas Gydweithredol Cyfyngedig ŵ ŷ",
        "{braces}", "[brackets]", "& anchor", "* alias", "! tag", "%percent", "@at", "`tick`", "| pipe", "> fold", "line\r\nwindows",
        "two trailing newlines\n\n", "indent\n  kept\n\tand tab", "paragraph one\n\nparagraph two\n", "next\u0085line", "sep\u2028line",
        "bom\ufeff", "bell\u0007", "emoji 🐝", "multi\nline ending spaces  \nx",
    ];

    [Fact]
    public void Read_WhatWriteProduced_GivesEqualRulesForManyGeneratedRules()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 300; i++)
        {
            var rules = Generate(random);

            var yaml = RulesYaml.Write(rules);
            var back = RulesYaml.Read(yaml);

            Assert.True(back.IsSuccess, $"case {i}: {back.Error?.Message}\n{yaml}");
            Assert.True(rules == back.Value, $"case {i} came back different:\n{yaml}");
        }
    }

    private static SocietyRules Generate(Random r) => new()
    {
        Name = Text(r),
        LegalForm = Pick(r, Enum.GetValues<LegalForm>()),
        Jurisdiction = Pick(r, Enum.GetValues<Jurisdiction>()),
        NameExemptFromLimited = r.Next(2) == 0,
        Objects = Text(r) + Text(r),
        Membership = new MembershipRules { MinimumMembers = r.Next(-5, 50), AllMembersAreSocieties = r.Next(2) == 0, MinimumAge = r.Next(0, 30), FormerMemberRetentionYears = r.Next(0, 20) },
        MembershipClasses = [.. Enumerable.Range(0, r.Next(0, 5)).Select(_ => new MembershipClass
        {
            Key = Text(r),
            Name = Text(r),
            Eligibility = Text(r),
            AdmissionByBoard = r.Next(2) == 0,
            VotesPerMember = r.Next(-1, 4),
            Weight = MaybeRatio(r),
            IsInvestor = r.Next(2) == 0,
        })],
        Meetings = new MeetingRules
        {
            AgmWithinMonthsOfYearEnd = r.Next(0, 13),
            Notice = new NoticeRules { ClearDays = r.Next(-2, 40), PostedNoticeServedAfterHours = r.Next(0, 96), ShortNoticeConsent = Ratio(r) },
            Quorum = new QuorumRule { MinimumCount = r.Next(0, 200), Percentage = MaybeRatio(r), Combination = Pick(r, Enum.GetValues<QuorumCombination>()), EachClass = r.Next(2) == 0 },
            Resolutions = new ResolutionRules
            {
                Ordinary = new ResolutionThreshold(Ratio(r), Pick(r, Enum.GetValues<ThresholdComparison>())),
                Special = new ResolutionThreshold(Ratio(r), Pick(r, Enum.GetValues<ThresholdComparison>())),
                WrittenResolutionsAllowed = r.Next(2) == 0,
            },
            ProxiesAllowed = r.Next(2) == 0,
            PostalVotingAllowed = r.Next(2) == 0,
            ElectronicVotingAllowed = r.Next(2) == 0,
        },
        Board = new BoardRules { MinimumSize = r.Next(0, 10), MaximumSize = r.Next(3) == 0 ? null : r.Next(0, 30), RetirementFraction = Ratio(r), MinimumAge = r.Next(10, 25), MaximumIndependentDirectors = r.Next(0, 5), ElectionMethod = Text(r) },
        Shares = new ShareholdingRules { ShareType = Pick(r, Enum.GetValues<ShareType>()), ParValue = Money(r), MinimumShareholding = Money(r), MaximumShareholding = Money(r) * 1000 },
        Withdrawal = new WithdrawalTerms { NoticeDays = r.Next(0, 400), MinimumHoldingYears = r.Next(0, 10), AnnualCap = MaybeRatio(r), BoardMayRefuseOrSuspend = r.Next(2) == 0 },
        Profits = new ProfitRules { DividendsAllowed = r.Next(2) == 0, InterestOnSharesAllowed = r.Next(2) == 0, MaximumInterestRate = MaybeRatio(r), AssetLock = r.Next(2) == 0 },
    };

    private static string Text(Random r) => r.Next(3) == 0 ? "Plain words" : Awkward[r.Next(Awkward.Length)] + (r.Next(2) == 0 ? "" : Awkward[r.Next(Awkward.Length)]);

    private static Ratio Ratio(Random r) => Mutual.Domain.Common.Ratio.Of(r.Next(-3, 300), r.Next(1, 400));

    private static Ratio? MaybeRatio(Random r) => r.Next(4) == 0 ? null : Ratio(r);

    private static decimal Money(Random r) => decimal.Round((decimal)r.NextDouble() * 1000m, r.Next(0, 4));

    private static T Pick<T>(Random r, T[] values) => values[r.Next(values.Length)];
}
