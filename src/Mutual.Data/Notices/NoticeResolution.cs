namespace Mutual.Data.Notices;

/// <summary>
/// A resolution set out in full in the notice (DOMAIN C2, C7–C9). <see cref="Kind"/> is the label
/// members read, e.g. "Special resolution (at least 75% of votes cast)".
/// </summary>
public sealed record NoticeResolution(string Title, string Kind, string Text);
