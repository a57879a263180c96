namespace Mutual.Domain.Meetings;

/// <summary>How notice goes out: by email (served the day it is sent) or by post (served 48 hours after posting, DOMAIN C2).</summary>
public enum NoticeMethod
{
    Electronic,
    Posted,
}
