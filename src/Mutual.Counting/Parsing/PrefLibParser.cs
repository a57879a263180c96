using System.Globalization;
using Mutual.Counting.Ballots;

namespace Mutual.Counting.Parsing;

/// <summary>Reads the header first: the number of alternatives bounds every order line.</summary>
internal sealed class PrefLibParser(byte[] data, int seats, string? source)
{
    private const string NamePrefix = "ALTERNATIVE NAME ";
    private readonly TextLines _lines = new(data);
    private readonly BallotAggregator _ballots = new();
    private readonly Dictionary<int, string> _names = [];
    private int _candidates = -1;
    private string? _title;
    private int[] _seenOnLine = [];

    public Election Parse()
    {
        while (_lines.MoveNext())
        {
            var line = _lines.Current;
            if (line.IsEmpty) continue;
            if (line[0] == '#') ReadHeader(Utf8Text.Decode(line[1..]).Trim());
            else ReadOrder(line);
        }
        if (_candidates < 0) throw Error("the header '# NUMBER ALTERNATIVES: n' is missing");
        var names = Enumerable.Range(1, _candidates)
            .Select(i => _names.TryGetValue(i, out var name) ? name : $"Candidate {i}").ToList();
        var title = _title ?? Path.GetFileNameWithoutExtension(source) ?? "";
        return new Election(title, names, seats, new BallotBuilder(_candidates).Build(_ballots));
    }

    private void ReadHeader(string header)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return;
        var key = header[..colon].Trim();
        var value = header[(colon + 1)..].Trim();
        if (key.Equals("NUMBER ALTERNATIVES", StringComparison.OrdinalIgnoreCase))
        {
            if (_ballots.Count > 0) throw Error("NUMBER ALTERNATIVES must come before the orders");
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _candidates) || _candidates < 1)
                throw Error($"NUMBER ALTERNATIVES must be a positive whole number, found '{value}'");
            _seenOnLine = new int[_candidates];
        }
        else if (key.Equals("TITLE", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
        {
            _title = value;
        }
        else if (key.StartsWith(NamePrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(key.AsSpan(NamePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            _names[number] = value;
        }
    }

    /// <summary><c>count: a,b,{c,d},e</c>: braces group candidates ranked equal.</summary>
    private void ReadOrder(ReadOnlySpan<byte> line)
    {
        if (_candidates < 0) throw Error("an order comes before the header '# NUMBER ALTERNATIVES: n'");
        var colon = line.IndexOf((byte)':');
        if (colon < 0) throw Error($"expected 'count: a,b,…', found '{Utf8Text.Decode(line)}'");
        var countText = Utf8Text.Trim(line[..colon]);
        if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            throw Error($"the count '{Utf8Text.Decode(countText)}' is not a whole number");

        _ballots.Begin();
        var inGroup = false;
        var groupStarted = false;
        var number = -1;
        foreach (var c in line[(colon + 1)..])
        {
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                if (number > _candidates) throw Error($"candidate {number} is out of range 1..{_candidates}");
                continue;
            }
            if (number >= 0) Add(ref number, inGroup && groupStarted, ref groupStarted, inGroup);
            switch (c)
            {
                case (byte)'{' when inGroup: throw Error("a tie group '{' opens inside another");
                case (byte)'{': inGroup = true; groupStarted = false; break;
                case (byte)'}' when !inGroup: throw Error("'}' closes a tie group that was never opened");
                case (byte)'}': inGroup = false; break;
                case (byte)',' or (byte)' ' or (byte)'\t' or (byte)'\r': break;
                default: throw Error($"unexpected character '{(char)c}' in an order");
            }
        }
        if (number >= 0) Add(ref number, inGroup && groupStarted, ref groupStarted, inGroup);
        if (inGroup) throw Error("a tie group '{' is never closed");
        _ballots.Commit(count, 0m);
    }

    private void Add(ref int number, bool tiedWithPrevious, ref bool groupStarted, bool inGroup)
    {
        if (number < 1) throw Error($"candidate {number} is out of range 1..{_candidates}");
        if (_seenOnLine[number - 1] == _lines.Number) throw Error($"candidate {number} is ranked twice in one order");
        _seenOnLine[number - 1] = _lines.Number;
        _ballots.Add(tiedWithPrevious ? -number : number);
        groupStarted = inGroup;
        number = -1;
    }

    private BallotFormatException Error(string problem) => new(Math.Max(_lines.Number, 1), problem, source);
}
