using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mutual.Counting.Parsing;

/// <summary>Where a scan of plain ballot lines stopped: the start of the first line it left, and how many lines it read.</summary>
internal readonly record struct PlainScan(int Next, int Lines);

/// <summary>
/// The hot path of a BLT file: the plain line, a whole weight and candidate numbers separated by
/// spaces, ending in 0 (<c>1 4 2 9 0</c>), read straight from the bytes in one tight loop.
/// Blank and comment lines are passed over. At the first line of any other kind (an option, a
/// tab or comma, <c>=</c>, a fraction, a ballot id, a trailing comment, the closing 0, an
/// error) the scan stops so that the general reader, which knows the whole context, takes over.
/// So this never throws and never decides anything the general reader would decide differently.
/// </summary>
internal static class PlainBallotLines
{
    private const int MaxWeightDigits = 18;
    private const int MaxNumberDigits = 9;

    /// <summary>
    /// Reads the lines starting in <c>[start, end)</c> into <paramref name="ballots"/>. Every such
    /// line must end with a <c>\n</c> inside <paramref name="text"/>: the loop relies on it to stop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlainScan Read(ReadOnlySpan<byte> text, int start, int end, int candidates, BallotAggregator ballots)
    {
        // Rankings of up to 64 / bits candidates also travel packed in a ulong, the aggregator's shortcut.
        var bits = 32 - BitOperations.LeadingZeroCount((uint)candidates);
        var packable = 64 / bits;
        var ranking = new int[candidates];
        var seen = new int[candidates];
        var stamp = 0;
        var position = start;
        var lines = 0;
        while (position < end)
        {
            var i = position;
            var c = text[i];
            while (IsBlank(c)) c = text[++i];
            if (c == '#') c = text[i += text[i..].IndexOf((byte)'\n')];
            if (c == '\n')
            {
                position = i + 1;
                lines++;
                continue;
            }

            long weight = 0;
            var digits = 0;
            for (; IsDigit(c); c = text[++i])
            {
                if (++digits > MaxWeightDigits) return new(position, lines);
                weight = weight * 10 + (c - '0');
            }
            if (digits == 0 || c != ' ') return new(position, lines);

            stamp++;
            var length = 0;
            var key = 0UL;
            while (true)
            {
                do c = text[++i];
                while (c == ' ');
                var number = 0;
                digits = 0;
                for (; IsDigit(c); c = text[++i])
                {
                    if (++digits > MaxNumberDigits) return new(position, lines);
                    number = number * 10 + (c - '0');
                }
                if (digits == 0) return new(position, lines);
                if (number == 0) break;
                if (c != ' ' || number > candidates || seen[number - 1] == stamp) return new(position, lines);
                seen[number - 1] = stamp;
                if (length < packable) key |= (ulong)number << (length * bits);
                ranking[length++] = number;
            }
            // The 0 that ends the ballot is a word of its own ("00" is a candidate number, out of range).
            if (digits != 1) return new(position, lines);
            while (IsBlank(c)) c = text[++i];
            if (c != '\n') return new(position, lines);

            if (length <= packable) ballots.Merge(key, ranking.AsSpan(0, length), weight);
            else ballots.Merge(ranking.AsSpan(0, length), weight);
            position = i + 1;
            lines++;
        }
        return new(position, lines);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;

    /// <summary>The blanks <see cref="TextLines"/> trims from each line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v';
}
