using System.Text;

namespace Mutual.Counting.Parsing;

/// <summary>Small helpers for reading ASCII-structured UTF-8 text straight from bytes.</summary>
internal static class Utf8Text
{
    private static readonly byte[] Blanks = " \t\r\f\v"u8.ToArray();

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) => text.Trim(Blanks);

    public static string Decode(ReadOnlySpan<byte> text) => Encoding.UTF8.GetString(text);

    /// <summary>Bytes of text that came as a string (a <see cref="TextReader"/>), byte-order mark dropped.</summary>
    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);

    public static bool IsDigits(ReadOnlySpan<byte> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    /// <summary>Splits off the next word; spaces, tabs and commas separate words.</summary>
    public static ReadOnlySpan<byte> NextWord(ref ReadOnlySpan<byte> rest)
    {
        var start = 0;
        while (start < rest.Length && IsSeparator(rest[start])) start++;
        var end = start;
        while (end < rest.Length && !IsSeparator(rest[end])) end++;
        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }

    private static bool IsSeparator(byte c) => c is (byte)' ' or (byte)'\t' or (byte)',' or (byte)'\r';
}
