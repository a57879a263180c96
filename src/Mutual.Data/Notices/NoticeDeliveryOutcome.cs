namespace Mutual.Data.Notices;

/// <summary>How an attempt to serve a notice ended. A posted notice is served 48 hours after posting (DOMAIN C2).</summary>
public enum NoticeDeliveryOutcome
{
    Sent,
    Failed,
    Posted,
}
