namespace Mutual.Counting.Parsing;

/// <summary>
/// The names after the ballots, quoted or not (several quoted names may share a line), then the
/// title. Anything after the title is commentary. scot-elex's Glasgow 2007 files start each
/// name line with a PrefLib <c># ALTERNATIVE NAME n:</c> prefix that is the line, not a comment.
/// </summary>
internal sealed partial class BltParser
{
    private static ReadOnlySpan<byte> PrefLibNamePrefix => "# ALTERNATIVE NAME "u8;

    private List<string> ReadNames()
    {
        var names = new List<string>(_candidates);
        while (names.Count < _candidates)
        {
            if (!MoveToTextLine())
                throw Error($"expected the name of candidate {names.Count + 1} of {_candidates}, found the end of the file");
            foreach (var name in TextsOnLine()) names.Add(name);
        }
        if (names.Count > _candidates) throw Error($"{names.Count} names given for {_candidates} candidates");
        return names;
    }

    private string? ReadTitle() => MoveToTextLine() ? TextsOnLine()[0] : null;

    private bool MoveToTextLine()
    {
        while (_lines.MoveNext())
        {
            var line = _lines.Current;
            if (line.IsEmpty) continue;
            if (line[0] != '#' || line.StartsWith(PrefLibNamePrefix)) return true;
        }
        return false;
    }

    private List<string> TextsOnLine()
    {
        var line = _lines.Current;
        if (line.StartsWith(PrefLibNamePrefix))
        {
            var colon = line.IndexOf((byte)':');
            line = colon < 0 ? line[PrefLibNamePrefix.Length..] : Utf8Text.Trim(line[(colon + 1)..]);
        }
        if (line.IsEmpty || line[0] != '"') return [Tidy(line)];

        var texts = new List<string>();
        while (!line.IsEmpty && line[0] == '"')
        {
            var close = line[1..].IndexOf((byte)'"');
            if (close < 0) throw Error("a quoted name is never closed");
            texts.Add(Tidy(line.Slice(1, close)));
            line = Utf8Text.Trim(line[(close + 2)..]);
        }
        if (!line.IsEmpty && line[0] != '#') throw Error($"unexpected text after a quoted name: '{Utf8Text.Decode(line)}'");
        return texts;
    }

    /// <summary>Names read well without the stray or doubled spaces some files carry, as Droop shows them.</summary>
    private static string Tidy(ReadOnlySpan<byte> name) =>
        string.Join(' ', Utf8Text.Decode(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
