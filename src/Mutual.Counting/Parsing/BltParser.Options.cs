using System.Globalization;

namespace Mutual.Counting.Parsing;

/// <summary>Droop's option lines and the classic negative withdrawn lines.</summary>
internal sealed partial class BltParser
{
    private void ReadOption(ReadOnlySpan<byte> line)
    {
        var text = Utf8Text.Decode(line);
        if (text[^1] != ']') throw Error($"an option line must end with ']': '{text}'");
        var words = text[1..^1].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw Error("empty option line '[]'");
        var arguments = words.AsSpan(1);
        switch (words[0].ToLowerInvariant())
        {
            case "nick":
                ReadNicknames(arguments);
                break;
            case "tie":
                _tieOrder = [];
                foreach (var word in arguments) _tieOrder.Add(Candidate(word));
                if (_tieOrder.Distinct().Count() != _candidates)
                    throw Error($"[tie] must list each of the {_candidates} candidates once");
                break;
            case "withdrawn":
                foreach (var word in arguments) _withdrawn.Add(Candidate(word));
                break;
            case "undeclared":
                foreach (var word in arguments) _undeclared.Add(Candidate(word));
                break;
            case "droop":
                // Options for Droop's own counter (arithmetic, precision): not part of the election.
                break;
            default:
                throw Error($"unknown option [{words[0]}]; expected nick, tie, withdrawn, undeclared or droop");
        }
    }

    private void ReadNicknames(ReadOnlySpan<string> words)
    {
        if (words.Length != _candidates) throw Error($"[nick] gives {words.Length} nicknames for {_candidates} candidates");
        _nicknames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
            if (!_nicknames.TryAdd(words[i], i)) throw Error($"nickname '{words[i]}' is given twice");
    }

    private void ReadWithdrawn(ReadOnlySpan<byte> line)
    {
        foreach (var word in Utf8Text.Decode(line).Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word[0] != '-') throw Error($"a withdrawn line holds only negative candidate numbers, found '{word}'");
            _withdrawn.Add(Candidate(word[1..]));
        }
    }

    /// <summary>A 0-based candidate from a 1-based number or a nickname.</summary>
    private int Candidate(string word)
    {
        if (_nicknames is not null && _nicknames.TryGetValue(word, out var nick)) return nick;
        if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            throw Error(_nicknames is null ? $"'{word}' is not a candidate number" : $"'{word}' is not a candidate number or nickname");
        if (number < 1 || number > _candidates) throw Error($"candidate {number} is out of range 1..{_candidates}");
        return number - 1;
    }
}
