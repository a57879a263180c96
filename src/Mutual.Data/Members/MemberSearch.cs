using System.Globalization;

namespace Mutual.Data.Members;

/// <summary>
/// A register search. Set one of <see cref="Number"/> (exact), <see cref="Postcode"/> (the start of a
/// postcode, spaces ignored) or <see cref="Name"/>; none lists everyone in name order. A name matches
/// by prefix on the normalised names (<see cref="SearchKeys"/>): one word matches family names
/// starting with it ("smi" finds Smith and Smithers); more words match the last against the family
/// name and the others against the start of the given names ("jo smi" finds Joan Smith).
/// Paging is by page number, bounded at <see cref="MaxOffset"/> rows so every page is an index range scan.
/// </summary>
public sealed record MemberSearch(string? Name = null, int? Number = null, string? Postcode = null, int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 200;
    public const int MaxOffset = 10_000;

    /// <summary>One search box: a number is a membership number, letters and digits together a postcode, anything else a name.</summary>
    public static MemberSearch Parse(string? text, int page = 1, int pageSize = 50)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return new(Page: page, PageSize: pageSize);
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return new(Number: number, Page: page, PageSize: pageSize);
        if (LooksLikePostcode(trimmed)) return new(Postcode: trimmed, Page: page, PageSize: pageSize);
        return new(Name: trimmed, Page: page, PageSize: pageSize);
    }

    internal int Take => Math.Clamp(PageSize, 1, MaxPageSize);

    internal int Skip => Math.Min((Math.Max(Page, 1) - 1) * Take, MaxOffset);

    // UK postcodes start with letters then a digit ("AB1", "SW1A 1AA"); names never hold digits.
    private static bool LooksLikePostcode(string text) =>
        text.Any(char.IsDigit) && char.IsLetter(text[0]) && text.All(c => char.IsLetterOrDigit(c) || c == ' ');
}
