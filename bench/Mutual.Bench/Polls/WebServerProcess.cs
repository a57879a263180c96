using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mutual.Bench.Polls;

/// <summary>
/// The real web application (<c>Mutual.Web.dll</c>, built in Release beside this benchmark) run as a
/// child process on a free local port against the benchmark's database, so ballots travel over
/// real HTTP and the server can be killed outright (SIGKILL) and started again.
/// </summary>
internal sealed class WebServerProcess(string webDll, string connectionString, int port) : IDisposable
{
    private Process? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server and waits until it answers; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString());
        start.Environment["ConnectionStrings__Mutual"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Request logging at Information costs more than a ballot does.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {webDll}");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"  server: {e.Data}"); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the web server exited with {_process.ExitCode} while starting");
            try
            {
                using var response = await probe.GetAsync("/openapi/v1.json", ct);
                if (response.IsSuccessStatusCode) return clock.Elapsed;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>CPU the server process has used so far (user + system), read before it is killed.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            if (_process is null || _process.HasExited) return TimeSpan.Zero;
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, in-flight requests simply die.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }
}
