using System.Diagnostics;

namespace Mutual.Bench.Counting;

/// <summary>Runs a .NET program (this one, or the mutual CLI) as a child and times it from start to exit.</summary>
internal static class ChildProcess
{
    public static (TimeSpan Wall, string Output) Run(string assembly, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {assembly}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(assembly)} exited with {process.ExitCode}: {error.Result}");
        return (clock.Elapsed, output.Result);
    }
}
