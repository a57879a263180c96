using System.Globalization;
using Mutual.Cli.Commands;

namespace Mutual.Bench.Counting;

/// <summary>
/// <c>counting [--runs N]</c>: end-to-end timings (read the file, count it) of the large bench
/// elections with Scottish STV and Meek, each in a fresh process so that peak memory is its own,
/// checked against the reference winners; then the 351 Scottish 2017 wards in one <c>mutual count</c>.
/// Prints a Markdown table. Plain Stopwatch timing: these are seconds-long, whole-program runs.
/// </summary>
internal static class CountingBenchmark
{
    private static readonly (string File, string Method, string Winners)[] Cases =
    [
        ("meath-1m-expanded.blt", "scottish-stv", "1 2 4 5 13"),
        ("meath-1m.blt", "scottish-stv", "1 2 4 5 13"),
        ("meath-1m-expanded.blt", "meek", "1 2 4 5 13"),
        ("meath-1m.blt", "meek", "1 2 4 5 13"),
        ("meath-1m.blt", "ers97", "1 2 4 5 13"),
    ];

    public static int Run(string[] args)
    {
        var runs = args is ["--runs", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var elections = ElectionsFolder.Locate();
        var self = typeof(CountingBenchmark).Assembly.Location;
        Console.WriteLine($"cores: {Environment.ProcessorCount}, runs per case: {runs} (median shown, peak memory the largest)");
        Console.WriteLine();
        Console.WriteLine("| file | method | read + count (ms) | process CPU (ms) | process wall (ms) | peak working set (MB) | allocated (MB) | winners |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---|");
        var ok = true;
        foreach (var (file, method, winners) in Cases)
        {
            var path = Path.Combine(elections, "bench", file);
            var samples = Enumerable.Range(0, runs)
                .Select(_ => ChildProcess.Run(self, ["counting-one", path, method]))
                .Select(run => CountSample.Parse(run.Output, run.Wall))
                .ToArray();
            var got = samples[0].Winners;
            ok &= got == winners;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {file} | {method} | {Median(samples.Select(s => s.Milliseconds)):F0} | {Median(samples.Select(s => s.CpuMilliseconds)):F0} | " +
                $"{Median(samples.Select(s => s.Wall.TotalMilliseconds)):F0} | {samples.Max(s => s.PeakBytes) / 1048576.0:F0} | " +
                $"{samples[0].AllocatedBytes / 1048576.0:F0} | {got}{(got == winners ? "" : $" (expected {winners})")} |"));
        }

        ok &= Wards(elections, runs);
        return ok ? 0 : 1;
    }

    private static bool Wards(string elections, int runs)
    {
        var wards = Directory.GetFiles(Path.Combine(elections, "scotland-2017", "ballots"), "*.blt").Order().ToArray();
        var cli = typeof(CountCommand).Assembly.Location;
        string[] args = ["count", .. wards, "--method", "scottish-stv", "--format", "json"];
        var samples = Enumerable.Range(0, runs).Select(_ => ChildProcess.Run(cli, args)).ToArray();
        var results = System.Text.Json.JsonDocument.Parse(samples[0].Output).RootElement.GetArrayLength();
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"mutual count, {wards.Length} Scottish 2017 wards in one call, scottish-stv, JSON: {Median(samples.Select(s => s.Wall.TotalMilliseconds)):F0} ms wall (median of {runs}), {results} results"));
        return results == wards.Length;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
