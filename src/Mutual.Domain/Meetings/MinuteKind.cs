namespace Mutual.Domain.Meetings;

public enum MinuteKind
{
    Opened,
    Decision,
    Election,
    Adjourned,
    Closed,
    Note,
}
