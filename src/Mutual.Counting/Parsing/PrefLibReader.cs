using Mutual.Counting.Ballots;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Reads PrefLib <c>.soi</c> (strict, incomplete orders) and <c>.toi</c> (ties as <c>{a,b}</c>
/// groups) files: <c># KEY: value</c> headers naming the alternatives, then <c>count: a,b,…</c>
/// lines. The files carry no seats, so the caller supplies them.
/// </summary>
public static class PrefLibReader
{
    public static Election Read(string path, int seats) =>
        Parse(File.ReadAllBytes(path), seats, Path.GetFileName(path));

    public static Election Read(TextReader reader, int seats, string? sourceName = null) =>
        Parse(Utf8Text.Encode(reader.ReadToEnd()), seats, sourceName);

    private static Election Parse(byte[] data, int seats, string? sourceName)
    {
        if (seats < 1) throw new ArgumentOutOfRangeException(nameof(seats), seats, "There must be at least one seat.");
        return new PrefLibParser(data, seats, sourceName).Parse();
    }
}
