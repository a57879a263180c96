namespace Mutual.Domain.Rules;

/// <summary>The society's legal form under CCBSA 2014 s.2 (DOMAIN A1).</summary>
public enum LegalForm
{
    /// <summary>A bona fide co-operative society.</summary>
    CoOperative,

    /// <summary>A community benefit society, run entirely for the benefit of the community.</summary>
    CommunityBenefit,

    /// <summary>A society registered before the 2014 Act without declaring either form.</summary>
    Pre2014Society,
}
