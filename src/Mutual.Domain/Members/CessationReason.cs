namespace Mutual.Domain.Members;

/// <summary>Why membership ended (DOMAIN B11, B12; GD r.22–25).</summary>
public enum CessationReason
{
    /// <summary>Written resignation and withdrawal from membership.</summary>
    Withdrawal,
    Death,

    /// <summary>By resolution after notice and a hearing (B12).</summary>
    Expulsion,

    /// <summary>No longer eligible for any class of membership.</summary>
    CeasedToQualify,

    /// <summary>Subscription unpaid for more than three months.</summary>
    SubscriptionUnpaid,

    /// <summary>Holding fell below the minimum shareholding.</summary>
    HoldingBelowMinimum,

    /// <summary>A corporate member was wound up or dissolved.</summary>
    WindingUp,
}
