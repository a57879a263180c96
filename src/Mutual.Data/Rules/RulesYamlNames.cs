using Mutual.Domain.Rules;

namespace Mutual.Data.Rules;

/// <summary>The words the YAML uses for enum values: stable, lower-case and hyphenated.</summary>
internal static class RulesYamlNames
{
    public static readonly IReadOnlyDictionary<LegalForm, string> LegalForms = new Dictionary<LegalForm, string>
    {
        [LegalForm.CoOperative] = "co-operative",
        [LegalForm.CommunityBenefit] = "community-benefit",
        [LegalForm.Pre2014Society] = "pre-2014-society",
    };

    public static readonly IReadOnlyDictionary<Jurisdiction, string> Jurisdictions = new Dictionary<Jurisdiction, string>
    {
        [Jurisdiction.GreatBritain] = "great-britain",
        [Jurisdiction.NorthernIreland] = "northern-ireland",
    };

    public static readonly IReadOnlyDictionary<ShareType, string> ShareTypes = new Dictionary<ShareType, string>
    {
        [ShareType.Withdrawable] = "withdrawable",
        [ShareType.Transferable] = "transferable",
        [ShareType.NonWithdrawableNonTransferable] = "non-withdrawable-non-transferable",
    };

    public static readonly IReadOnlyDictionary<QuorumCombination, string> QuorumCombinations = new Dictionary<QuorumCombination, string>
    {
        [QuorumCombination.GreaterOf] = "greater-of",
        [QuorumCombination.LesserOf] = "lesser-of",
    };

    public const string MoreThan = "more than ";
    public const string AtLeast = "at least ";
}
