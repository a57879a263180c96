using Mutual.Domain.Members;

namespace Mutual.Web.Features.Shared;

public static class CessationNames
{
    public static string Display(CessationReason reason) => reason switch
    {
        CessationReason.Withdrawal => "Withdrew (resigned)",
        CessationReason.Death => "Died",
        CessationReason.Expulsion => "Expelled",
        CessationReason.CeasedToQualify => "No longer qualifies",
        CessationReason.SubscriptionUnpaid => "Subscription unpaid",
        CessationReason.HoldingBelowMinimum => "Holding below the minimum",
        CessationReason.WindingUp => "Wound up (organisation)",
        _ => reason.ToString(),
    };
}
