using System.Globalization;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Ballot lines in general: <c>[(id)] weight pref pref=pref … 0</c>, spaces or commas between.
/// Plain lines mostly never get here: <see cref="PlainBallotLines"/> reads them first.
/// </summary>
internal sealed partial class BltParser
{
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
