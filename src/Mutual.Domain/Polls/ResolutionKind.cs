namespace Mutual.Domain.Polls;

/// <summary>
/// The kinds of resolution with different thresholds: ordinary and special (DOMAIN C7, thresholds
/// from the rules), amalgamation or transfer of engagements to another society (C8, at least 2/3
/// of voting members), and conversion to or amalgamation with a company (C9, at least 75% of votes
/// and at least half of the eligible members voting).
/// </summary>
public enum ResolutionKind
{
    Ordinary,
    Special,
    Amalgamation,
    ConversionToCompany,
}
