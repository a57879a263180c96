namespace Mutual.Domain.Meetings;

/// <summary>Where members attend: in a room, online (which counts as present, DOMAIN C6), or both.</summary>
public enum MeetingFormat
{
    InPerson,
    Online,
    Hybrid,
}
