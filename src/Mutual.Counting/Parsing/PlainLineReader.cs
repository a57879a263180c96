namespace Mutual.Counting.Parsing;

/// <summary>
/// Reads plain ballot lines ahead of <see cref="BltParser"/>'s general reader. A long run of
/// them is split at line breaks into one stretch per core; each worker merges its stretch into
/// a table of its own, and the tables are merged in file order. A stretch is used only when the
/// reading reaches its first line exactly, so its lines count once and the line numbers stay
/// right; a stretch past the closing 0 or a <c>[nick]</c> line is never used. The result does
/// not depend on thread timing: rankings keep their order of first appearance in the file.
/// </summary>
internal sealed class PlainLineReader(byte[] data, TextLines lines, BallotAggregator ballots, int candidates, ReadAhead plan)
{
    /// <summary>The scan only reads lines that end in a line break (the last may not).</summary>
    private readonly int _end = data.AsSpan().LastIndexOf((byte)'\n') + 1;

    private readonly Queue<Stretch> _ahead = new();
    private bool _split;

    /// <summary>Reads plain lines from the current line until one that is not plain, or the end.</summary>
    public void ReadAhead()
    {
        while (true)
        {
            var position = lines.Position;
            if (_ahead.TryPeek(out var next) && next.Start == position)
            {
                _ahead.Dequeue();
                ballots.MergeAll(next.Ballots);
                lines.SkipTo(next.Scan.Next, next.Scan.Lines);
                continue;
            }

            var end = next?.Start ?? _end;
            if (position >= end) return;
            if (!_split && plan.Workers > 1 && end - position >= plan.ProbeBytes + 2 * plan.MinStretchBytes)
            {
                var probeEnd = LineStartAfter(position + plan.ProbeBytes);
                if (!Read(position, probeEnd)) return;
                Split(probeEnd, end);
                continue;
            }
            if (!Read(position, end)) return;
        }
    }

    /// <summary>Reads on this thread; true when every line up to <paramref name="end"/> was plain.</summary>
    private bool Read(int start, int end)
    {
        var scan = PlainBallotLines.Read(data, start, end, candidates, ballots);
        lines.SkipTo(scan.Next, scan.Lines);
        return scan.Next == end;
    }

    private void Split(int start, int end)
    {
        _split = true;
        var count = Math.Max(1, Math.Min(plan.Workers, (end - start) / plan.MinStretchBytes));
        var bounds = new int[count + 1];
        bounds[0] = start;
        bounds[count] = end;
        for (var k = 1; k < count; k++)
            bounds[k] = Math.Max(bounds[k - 1], LineStartAfter(start + (int)((long)(end - start) * k / count)));

        var workers = new Task<Stretch>[count - 1];
        for (var k = 1; k < count; k++)
        {
            var (from, to) = (bounds[k], bounds[k + 1]);
            workers[k - 1] = Task.Run(() =>
            {
                var own = new BallotAggregator();
                return new Stretch(from, PlainBallotLines.Read(data, from, to, candidates, own), own);
            });
        }
        Read(bounds[0], bounds[1]);
        foreach (var worker in workers) _ahead.Enqueue(worker.Result);
    }

    /// <summary>The start of the line after the one holding <paramref name="position"/>, within the scanned part.</summary>
    private int LineStartAfter(int position) =>
        position >= _end ? _end : position + data.AsSpan(position, _end - position).IndexOf((byte)'\n') + 1;

    private sealed record Stretch(int Start, PlainScan Scan, BallotAggregator Ballots);
}
