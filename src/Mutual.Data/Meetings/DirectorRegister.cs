namespace Mutual.Data.Meetings;

/// <summary>The register of directors (DOMAIN B4, D2): the board now, longest-serving first, and past directors, most recent first.</summary>
public sealed record DirectorRegister(IReadOnlyList<DirectorRecord> Current, IReadOnlyList<DirectorRecord> Past);
