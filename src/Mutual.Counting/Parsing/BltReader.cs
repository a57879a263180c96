using Mutual.Counting.Ballots;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Reads ballot files in BLT, the format of ERS, OpenSTV, Droop and the Scottish council data:
/// header <c>candidates seats</c>, withdrawn lines, Droop option lines (<c>[tie]</c>,
/// <c>[withdrawn]</c>, <c>[nick]</c>, <c>[undeclared]</c>, <c>[droop]</c>), ballot lines
/// <c>weight pref … 0</c> with <c>=</c> for equal rankings, <c>0</c>, the names and the title.
/// Files are UTF-8, with or without a byte-order mark. Identical rankings are merged while
/// reading. Bad input throws <see cref="BallotFormatException"/>.
/// </summary>
public static class BltReader
{
    public static Election Read(string path) =>
        new BltParser(FileBytes.Read(path), Path.GetFileName(path)).Parse();

    public static Election Read(TextReader reader, string? sourceName = null) =>
        new BltParser(Utf8Text.Encode(reader.ReadToEnd()), sourceName).Parse();
}
