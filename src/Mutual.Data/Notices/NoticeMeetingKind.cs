namespace Mutual.Data.Notices;

/// <summary>The kind of general meeting a notice calls (DOMAIN C1 for the AGM).</summary>
public enum NoticeMeetingKind
{
    AnnualGeneralMeeting,
    GeneralMeeting,
}
