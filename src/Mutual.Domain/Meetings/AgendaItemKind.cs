using Mutual.Domain.Polls;

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

    /// <summary>The kind of resolution a poll on this item decides (C7–C9); null for other business.</summary>
    public static ResolutionKind? ResolutionKind(this AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.OrdinaryResolution => Polls.ResolutionKind.Ordinary,
        AgendaItemKind.SpecialResolution => Polls.ResolutionKind.Special,
        AgendaItemKind.AmalgamationResolution => Polls.ResolutionKind.Amalgamation,
        AgendaItemKind.ConversionResolution => Polls.ResolutionKind.ConversionToCompany,
        _ => null,
    };

    /// <summary>Items that members decide by a poll: resolutions and the board election.</summary>
    public static bool IsVotedOn(this AgendaItemKind kind) => kind.IsResolution() || kind == AgendaItemKind.BoardElection;
}
