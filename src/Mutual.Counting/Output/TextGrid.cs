namespace Mutual.Counting.Output;

/// <summary>Prints rows of cells as aligned columns: the first and the last (words)
/// left-aligned, the figures between right-aligned.</summary>
internal static class TextGrid
{
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows)
    {
        var columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i == 0 || i == columns - 1 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
