using System.Diagnostics;
using System.Globalization;
using Mutual.Counting.Methods;
using Mutual.Counting.Parsing;

namespace Mutual.Bench.Counting;

/// <summary>
/// <c>counting-one FILE METHOD</c>: reads and counts one BLT file once, in a process of its own so
/// that the peak working set belongs to this count alone, and prints one line:
/// <c>milliseconds cpu-milliseconds peak-bytes allocated-bytes winners</c> (winners sorted:
/// the answer key gives the set).
/// </summary>
internal static class OneCount
{
    public static int Run(string[] args)
    {
        var (file, method) = (args[0], args[1]);
        var counter = MethodCatalog.Find(method) ?? throw new ArgumentException($"no method {method}");
        var clock = Stopwatch.StartNew();
        var election = BltReader.Read(file);
        var result = counter.Count(election, new CountOptions());
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var winners = string.Join(' ', result.Elected.Order().Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalMilliseconds:F1} {self.TotalProcessorTime.TotalMilliseconds:F0} {self.PeakWorkingSet64} {GC.GetTotalAllocatedBytes(precise: true)} {winners}"));
        return 0;
    }
}
