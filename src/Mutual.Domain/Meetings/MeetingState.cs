namespace Mutual.Domain.Meetings;

/// <summary>A meeting is called (notice given), then opened by the chair and closed; or adjourned (DOMAIN C4).</summary>
public enum MeetingState
{
    Called,
    Open,
    Closed,
    Adjourned,
}
