namespace Mutual.Counting.Parsing;

/// <summary>
/// Walks a whole file's UTF-8 bytes line by line without allocating per line: a million-line
/// ballot file costs one byte array, and most of it is never decoded into strings at all.
/// </summary>
internal sealed class TextLines(byte[] data)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private int _next = data.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
    private int _start;
    private int _length;

    /// <summary>1-based number of the current line; 0 before the first.</summary>
    public int Number { get; private set; }

    /// <summary>The current line without its line ending and without surrounding blanks.</summary>
    public ReadOnlySpan<byte> Current => data.AsSpan(_start, _length);

    /// <summary>Where the next line starts: past the end once the last line has been read.</summary>
    public int Position => _next;

    /// <summary>Moves past <paramref name="lines"/> lines that were read elsewhere, to the line starting at <paramref name="position"/>.</summary>
    public void SkipTo(int position, int lines)
    {
        _next = position;
        Number += lines;
    }

    public bool MoveNext()
    {
        // A final newline ends the last line rather than starting an empty one.
        if (_next > data.Length || (_next == data.Length && _next > 0 && data[_next - 1] == '\n')) return false;
        var start = _next;
        var newline = data.AsSpan(start).IndexOf((byte)'\n');
        var end = newline < 0 ? data.Length : start + newline;
        _next = end + 1;
        while (start < end && IsBlank(data[start])) start++;
        while (end > start && IsBlank(data[end - 1])) end--;
        _start = start;
        _length = end - start;
        Number++;
        return true;
    }

    private static bool IsBlank(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v';

    /// <summary>Moves to the next line holding something other than blanks or a comment.</summary>
    public bool MoveNextContent()
    {
        while (MoveNext())
        {
            var line = Current;
            if (line.Length > 0 && line[0] != '#') return true;
        }
        return false;
    }
}
