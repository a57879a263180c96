namespace Mutual.Domain.Meetings;

/// <summary>DOMAIN C1, C3: the annual general meeting, or any other general meeting (including one requisitioned).</summary>
public enum MeetingKind
{
    Annual,
    General,
}
