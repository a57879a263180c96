namespace Mutual.Domain.Rules;

/// <summary>What a member may do with their shares (DOMAIN B3, Sch 1 para 9).</summary>
public enum ShareType
{
    Withdrawable,
    Transferable,
    NonWithdrawableNonTransferable,
}
