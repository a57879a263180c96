using System.Globalization;
using System.Runtime.CompilerServices;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Ballot lines, the hot path: <c>[(id)] weight pref pref=pref … 0</c>, spaces or commas between.
/// </summary>
internal sealed partial class BltParser
{
    /// <summary>
    /// The fast path for the common line, a whole weight and numbers separated by spaces, ending
    /// in 0. Anything else (or anything wrong) returns false for the general path to read or report.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadPlainBallot(ReadOnlySpan<byte> line)
    {
        var i = 0;
        long weight = 0;
        while (i < line.Length && i < 18 && (uint)(line[i] - '0') <= 9) weight = weight * 10 + (line[i++] - '0');
        if (i == 0 || i >= line.Length || line[i] != ' ') return false;

        _ballots.Begin();
        var stamp = ++_ballotStamp;
        while (true)
        {
            while (i < line.Length && line[i] == ' ') i++;
            var start = i;
            var number = 0;
            while (i < line.Length && i - start < 9 && (uint)(line[i] - '0') <= 9) number = number * 10 + (line[i++] - '0');
            if (i == start || (i < line.Length && line[i] != ' ')) return false;
            if (number == 0) break;
            if (number > _candidates || _seenOnLine[number - 1] == stamp) return false;
            _seenOnLine[number - 1] = stamp;
            _ballots.Add(number);
        }
        if (i != line.Length) return false;
        _ballots.Commit(weight, 0m);
        return true;
    }

    private void ReadBallot(ReadOnlySpan<byte> line)
    {
        var rest = line;
        if (rest[0] == '(')
        {
            var close = rest.IndexOf((byte)')');
            if (close < 0) throw Error("a ballot id opened with '(' is never closed");
            rest = rest[(close + 1)..];
        }

        var (count, fraction) = ReadWeight(Utf8Text.NextWord(ref rest));
        _ballotStamp++;
        _ballots.Begin();
        while (true)
        {
            var word = Utf8Text.NextWord(ref rest);
            if (word.IsEmpty) throw Error("the ballot does not end with 0");
            if (word.Length == 1 && word[0] == '0') break;
            if (word.Length == 1 && word[0] == '-') continue;
            AddRank(word);
        }
        if (!Utf8Text.NextWord(ref rest).IsEmpty) throw Error("text after the 0 that ends the ballot");
        _ballots.Commit(count, fraction);
    }

    private void AddRank(ReadOnlySpan<byte> word)
    {
        if (_nicknames is null && word.Length <= 9 && Utf8Text.IsDigits(word))
        {
            var number = 0;
            foreach (var digit in word) number = number * 10 + digit - '0';
            AddCandidate(number, true);
            return;
        }

        var first = true;
        foreach (var range in word.Split((byte)'='))
        {
            AddCandidate(Candidate(Utf8Text.Decode(word[range])) + 1, first);
            first = false;
        }
    }

    private void AddCandidate(int number, bool newRank)
    {
        if ((uint)(number - 1) >= (uint)_candidates) throw Error($"candidate {number} is out of range 1..{_candidates}");
        if (_seenOnLine[number - 1] == _ballotStamp) throw Error($"candidate {number} is ranked twice on one ballot");
        _seenOnLine[number - 1] = _ballotStamp;
        _ballots.Add(newRank ? number : -number);
    }

    /// <summary>Whole weights (the usual case) are summed as integers; others as exact decimals.</summary>
    private (long Count, decimal Fraction) ReadWeight(ReadOnlySpan<byte> word)
    {
        if (word.IsEmpty) throw Error("a ballot line needs a weight");
        if (word.Length <= 18 && Utf8Text.IsDigits(word))
            return (long.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture), 0m);
        if (!decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
            throw Error($"the ballot weight '{Utf8Text.Decode(word)}' is not a non-negative number");
        return (0, weight);
    }
}
