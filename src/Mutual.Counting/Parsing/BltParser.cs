using System.Globalization;
using Mutual.Counting.Ballots;

namespace Mutual.Counting.Parsing;

/// <summary>One pass over a BLT file: header, options and ballots, then names and title.</summary>
internal sealed partial class BltParser(byte[] data, string? source, ReadAhead? plan = null)
{
    private readonly TextLines _lines = new(data);
    private readonly BallotAggregator _ballots = new();
    private readonly HashSet<int> _withdrawn = [];
    private readonly HashSet<int> _undeclared = [];
    private Dictionary<string, int>? _nicknames;
    private List<int>? _tieOrder;
    private int[] _seenOnLine = [];

    /// <summary>Marks <see cref="_seenOnLine"/> entries as belonging to the ballot being read.</summary>
    private int _ballotStamp;
    private int _candidates;
    private int _seats;

    public Election Parse()
    {
        ReadHeader();
        ReadBallots();
        var names = ReadNames();
        var title = ReadTitle() ?? Path.GetFileNameWithoutExtension(source) ?? "";
        return new Election(title, names, _seats, new BallotBuilder(_candidates).Build(_ballots))
        {
            Withdrawn = _withdrawn,
            TieOrder = _tieOrder,
            Undeclared = _undeclared,
        };
    }

    private void ReadHeader()
    {
        if (!_lines.MoveNextContent()) throw Error("the file is empty; expected the header 'candidates seats'");
        var header = WithoutComment(_lines.Current);
        var rest = header;
        var first = Utf8Text.NextWord(ref rest);
        var second = Utf8Text.NextWord(ref rest);
        if (!Utf8Text.NextWord(ref rest).IsEmpty
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out _candidates)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out _seats))
            throw Error($"expected the header 'candidates seats', found '{Utf8Text.Decode(header)}'");
        if (_candidates < 1) throw Error("there must be at least one candidate");
        if (_seats < 1) throw Error("there must be at least one seat");
        _seenOnLine = new int[_candidates];
    }

    private void ReadBallots()
    {
        var plain = new PlainLineReader(data, _lines, _ballots, _candidates, plan ?? ReadAhead.ForThisMachine);
        while (true)
        {
            if (_nicknames is null) plain.ReadAhead();
            if (!_lines.MoveNextContent()) throw Error("the ballots never end: expected a line holding just 0 before the names");
            var line = WithoutComment(_lines.Current);
            if (line.Length == 1 && line[0] == '0') return;
            if (line[0] == '[') ReadOption(line);
            else if (line[0] == '-') ReadWithdrawn(line);
            else ReadBallot(line);
        }
    }

    private static ReadOnlySpan<byte> WithoutComment(ReadOnlySpan<byte> line)
    {
        var hash = line.IndexOf((byte)'#');
        return hash < 0 ? line : Utf8Text.Trim(line[..hash]);
    }

    private BallotFormatException Error(string problem) => new(Math.Max(_lines.Number, 1), problem, source);
}
