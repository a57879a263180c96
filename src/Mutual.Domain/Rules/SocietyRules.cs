using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// A society's governing rules as data the software enforces (DOMAIN A–F, the [M] values): legal
/// form, membership classes, meetings, board, shares, withdrawal and profits. A record with value
/// equality, so re-importing the same rules is recognisable. Versions and adoption dates live with
/// the stored copy, not here; meetings and capital extend it with further sections.
/// </summary>
public sealed record SocietyRules
{
    /// <summary>The registered name (A6: ends "Limited" or "Cyfyngedig" unless exempt).</summary>
    public required string Name { get; init; }

    public required LegalForm LegalForm { get; init; }

    public Jurisdiction Jurisdiction { get; init; } = Jurisdiction.GreatBritain;

    /// <summary>A6: the FCA has exempted this wholly charitable society from ending its name "Limited".</summary>
    public bool NameExemptFromLimited { get; init; }

    public string Objects { get; init; } = "";

    public MembershipRules Membership { get; init; } = new();

    public EquatableList<MembershipClass> MembershipClasses { get; init; } = EquatableList<MembershipClass>.Empty;

    public MeetingRules Meetings { get; init; } = new();

    public BoardRules Board { get; init; } = new();

    public ShareholdingRules Shares { get; init; } = new();

    public WithdrawalTerms Withdrawal { get; init; } = new();

    public ProfitRules Profits { get; init; } = new();

    /// <summary>C10: voting is weighted by class when any class carries a weight.</summary>
    public bool IsWeighted => MembershipClasses.Any(c => c.Weight is not null);

    public MembershipClass? FindClass(string key) =>
        MembershipClasses.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));
}
