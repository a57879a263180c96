using System.Globalization;
using System.Text.RegularExpressions;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mutual.Data.Rules;

/// <summary>
/// Writes every field, defaults included, so a file read back gives equal rules and a reader
/// sees the whole of the rules in one place. Absent optional values are written as <c>null</c>.
/// </summary>
internal static partial class RulesYamlWriter
{
    public static YamlMappingNode Write(SocietyRules r) => Map(
        ("name", Text(r.Name)),
        ("legalForm", Plain(RulesYamlNames.LegalForms[r.LegalForm])),
        ("jurisdiction", Plain(RulesYamlNames.Jurisdictions[r.Jurisdiction])),
        ("nameExemptFromLimited", Bool(r.NameExemptFromLimited)),
        ("objects", Text(r.Objects)),
        ("membership", Map(
            ("minimumMembers", Int(r.Membership.MinimumMembers)),
            ("allMembersAreSocieties", Bool(r.Membership.AllMembersAreSocieties)),
            ("minimumAge", Int(r.Membership.MinimumAge)),
            ("formerMemberRetentionYears", Int(r.Membership.FormerMemberRetentionYears)))),
        ("membershipClasses", new YamlSequenceNode(r.MembershipClasses.Select(Class))),
        ("meetings", Meetings(r.Meetings)),
        ("board", Map(
            ("minimumSize", Int(r.Board.MinimumSize)),
            ("maximumSize", Int(r.Board.MaximumSize)),
            ("retirementFraction", Ratio(r.Board.RetirementFraction)),
            ("minimumAge", Int(r.Board.MinimumAge)),
            ("maximumIndependentDirectors", Int(r.Board.MaximumIndependentDirectors)),
            ("electionMethod", Text(r.Board.ElectionMethod)))),
        ("shares", Map(
            ("shareType", Plain(RulesYamlNames.ShareTypes[r.Shares.ShareType])),
            ("parValue", Decimal(r.Shares.ParValue)),
            ("minimumShareholding", Decimal(r.Shares.MinimumShareholding)),
            ("maximumShareholding", Decimal(r.Shares.MaximumShareholding)))),
        ("withdrawal", Map(
            ("noticeDays", Int(r.Withdrawal.NoticeDays)),
            ("minimumHoldingYears", Int(r.Withdrawal.MinimumHoldingYears)),
            ("annualCap", Ratio(r.Withdrawal.AnnualCap)),
            ("boardMayRefuseOrSuspend", Bool(r.Withdrawal.BoardMayRefuseOrSuspend)))),
        ("profits", Map(
            ("dividendsAllowed", Bool(r.Profits.DividendsAllowed)),
            ("interestOnSharesAllowed", Bool(r.Profits.InterestOnSharesAllowed)),
            ("maximumInterestRate", Ratio(r.Profits.MaximumInterestRate)),
            ("assetLock", Bool(r.Profits.AssetLock)))));

    private static YamlMappingNode Class(MembershipClass c) => Map(
        ("key", Text(c.Key)),
        ("name", Text(c.Name)),
        ("eligibility", Text(c.Eligibility)),
        ("admissionByBoard", Bool(c.AdmissionByBoard)),
        ("votesPerMember", Int(c.VotesPerMember)),
        ("weight", Ratio(c.Weight)),
        ("isInvestor", Bool(c.IsInvestor)));

    private static YamlMappingNode Meetings(MeetingRules m) => Map(
        ("agmWithinMonthsOfYearEnd", Int(m.AgmWithinMonthsOfYearEnd)),
        ("notice", Map(
            ("clearDays", Int(m.Notice.ClearDays)),
            ("postedNoticeServedAfterHours", Int(m.Notice.PostedNoticeServedAfterHours)),
            ("shortNoticeConsent", Ratio(m.Notice.ShortNoticeConsent)))),
        ("quorum", Map(
            ("minimumCount", Int(m.Quorum.MinimumCount)),
            ("percentage", Ratio(m.Quorum.Percentage)),
            ("combination", Plain(RulesYamlNames.QuorumCombinations[m.Quorum.Combination])),
            ("eachClass", Bool(m.Quorum.EachClass)))),
        ("resolutions", Map(
            ("ordinary", Threshold(m.Resolutions.Ordinary)),
            ("special", Threshold(m.Resolutions.Special)),
            ("writtenResolutionsAllowed", Bool(m.Resolutions.WrittenResolutionsAllowed)),
            ("abstentionsCountAsCast", Bool(m.Resolutions.AbstentionsCountAsCast)))),
        ("proxiesAllowed", Bool(m.ProxiesAllowed)),
        ("postalVotingAllowed", Bool(m.PostalVotingAllowed)),
        ("electronicVotingAllowed", Bool(m.ElectronicVotingAllowed)));

    private static YamlMappingNode Map(params (string Key, YamlNode Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries) map.Add(key, value);
        return map;
    }

    private static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };

    // Plain only for ordinary words; anything a person might misread as a number, a yes/no or a
    // null is quoted. Several lines become a literal block when it keeps them exactly (no carriage
    // returns, tabs or edge spaces, which a block would lose), otherwise a quoted string.
    private static YamlScalarNode Text(string value) => new(value)
    {
        Style = value.Contains('\n', StringComparison.Ordinal) && LiteralSafe(value) ? ScalarStyle.Literal
            : PlainText().IsMatch(value) && !Keywords.Contains(value) ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted,
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "null", "true", "false", "yes", "no", "on", "off", "y", "n" };

    private static bool LiteralSafe(string value) =>
        !char.IsWhiteSpace(value[0])
        && !value.EndsWith("\n\n", StringComparison.Ordinal)
        && !value.Any(c => c is '\r' or '\t' or '\u0085' or '\u2028' or '\u2029' or '\ufeff' || (char.IsControl(c) && c != '\n'))
        && value.TrimEnd('\n').Split('\n').All(line => line.Length == 0 || !char.IsWhiteSpace(line[^1]));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9 ,;.'()-]*[A-Za-z0-9.)]$")]
    private static partial Regex PlainText();

    private static YamlScalarNode Bool(bool value) => Plain(value ? "true" : "false");

    private static YamlScalarNode Int(int value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    private static YamlScalarNode Int(int? value) => value is { } v ? Int(v) : Plain("null");

    private static YamlScalarNode Decimal(decimal value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    private static YamlScalarNode Ratio(Ratio? value) => value is { } v ? Plain(v.ToString()) : Plain("null");

    private static YamlScalarNode Threshold(ResolutionThreshold t) =>
        Plain((t.Comparison == ThresholdComparison.MoreThan ? RulesYamlNames.MoreThan : RulesYamlNames.AtLeast) + t.Fraction);
}
