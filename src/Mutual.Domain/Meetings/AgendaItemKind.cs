namespace Mutual.Domain.Meetings;

/// <summary>
/// What an item of business is (DOMAIN C1, C7–C9): the AGM's standing business, a board election,
/// or a resolution of a given kind, which decides its threshold and its notice.
/// </summary>
public enum AgendaItemKind
{
    Business,
    AccountsAndReports,
    Auditor,
    BoardElection,
    OrdinaryResolution,
    SpecialResolution,
    AmalgamationResolution,
    ConversionResolution,
}

public static class AgendaItemKinds
{
    public static bool IsResolution(this AgendaItemKind kind) =>
        kind is AgendaItemKind.OrdinaryResolution or AgendaItemKind.SpecialResolution
            or AgendaItemKind.AmalgamationResolution or AgendaItemKind.ConversionResolution;

    /// <summary>Items that members decide by a poll: resolutions and the board election.</summary>
    public static bool IsVotedOn(this AgendaItemKind kind) => kind.IsResolution() || kind == AgendaItemKind.BoardElection;
}
