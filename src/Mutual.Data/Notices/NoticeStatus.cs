namespace Mutual.Data.Notices;

/// <summary>
/// Where one member stands for a meeting's notice: the last attempt to serve it, if any. A member
/// neither sent nor posted a notice still needs one on paper.
/// </summary>
public sealed record NoticeStatus(NoticeRecipient Recipient, NoticeDeliveryOutcome? Outcome, DateTimeOffset? At, string? Error)
{
    public bool Served => Outcome is NoticeDeliveryOutcome.Sent or NoticeDeliveryOutcome.Posted;
}
