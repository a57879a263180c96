using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mutual.Bench.Polls;

/// <summary>
/// Casts every ballot over HTTP from <c>concurrency</c> clients at once. When half the ballots are
/// answered it runs <c>midway</c> (which kills and restarts the server); a request that dies with
/// the server is retried once the server is back, and a retry the server refuses as "already voted"
/// means the first attempt landed though its answer was lost.
/// </summary>
internal sealed class BallotLoad(HttpClient client, string path, IReadOnlyList<byte[]> bodies, int concurrency, TimeSpan budget)
{
    private readonly string?[] _receipts = new string?[bodies.Count];
    private readonly bool[] _landedUnanswered = new bool[bodies.Count];
    private readonly Stopwatch _clock = new();
    private TaskCompletionSource _serverUp = Completed();
    private int _next;
    private int _answered;
    private int _rejected;
    private int _retries;
    private int _midwayStarted;
    private Task _interruption = Task.CompletedTask;
    private TimeSpan _killedAt;
    private TimeSpan _backAt;
    private int _acceptedBeforeKill;

    /// <summary><paramref name="midway"/> kills the server, calls the action it is given at once, then restarts the server.</summary>
    public async Task<LoadReport> RunAsync(Func<Action, Task> midway, CancellationToken ct)
    {
        _clock.Start();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(() => StartMidway(midway), ct), ct)).ToArray();
        await Task.WhenAll(workers);
        await _interruption;
        _clock.Stop();
        return new LoadReport(
            _receipts, _landedUnanswered, _rejected, _retries, _clock.Elapsed, _killedAt, _backAt, _acceptedBeforeKill);
    }

    private async Task WorkAsync(Action onHalfway, CancellationToken ct)
    {
        int i;
        // On a machine too loaded to cast them all in the time given, the load stops early (and kills half-way through the time).
        while ((i = Interlocked.Increment(ref _next) - 1) < bodies.Count && _clock.Elapsed < budget)
        {
            await CastAsync(i, ct);
            var answered = Interlocked.Increment(ref _answered);
            if (answered == bodies.Count / 2 || _clock.Elapsed > budget / 2) onHalfway();
            if (answered % 20_000 == 0) Console.WriteLine($"  {answered:N0} answered at {_clock.Elapsed.TotalSeconds:F0} s");
        }
    }

    private async Task CastAsync(int i, CancellationToken ct)
    {
        var retried = false;
        while (true)
        {
            await _serverUp.Task.WaitAsync(ct);
            try
            {
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(path, content, ct);
                if (response.IsSuccessStatusCode)
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
                    _receipts[i] = json.RootElement.GetProperty("receipt").GetString();
                    return;
                }

                if (response.StatusCode == HttpStatusCode.Conflict && retried)
                {
                    _landedUnanswered[i] = true;
                    return;
                }

                if ((int)response.StatusCode < 500)
                {
                    if (Interlocked.Increment(ref _rejected) <= 3)
                        Console.WriteLine($"  refused ballot {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            retried = true;
            Interlocked.Increment(ref _retries);
            await Task.Delay(20, ct);
        }
    }

    private Task StartMidway(Func<Action, Task> midway)
    {
        if (Interlocked.Exchange(ref _midwayStarted, 1) == 1) return _interruption;
        // The gate closes only once the kill is under way, so requests are in flight when it lands.
        return _interruption = Task.Run(async () =>
        {
            _killedAt = _clock.Elapsed;
            _acceptedBeforeKill = _receipts.Count(r => r is not null);
            await midway(() => _serverUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _backAt = _clock.Elapsed;
            _serverUp.SetResult();
        });
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}

/// <summary>What the load achieved: a receipt per accepted ballot, those that landed unanswered, and the timings around the kill.</summary>
internal sealed record LoadReport(
    IReadOnlyList<string?> Receipts,
    IReadOnlyList<bool> LandedUnanswered,
    int Rejected,
    int Retries,
    TimeSpan Elapsed,
    TimeSpan KilledAt,
    TimeSpan BackAt,
    int AcceptedBeforeKill)
{
    public int Accepted => Receipts.Count(r => r is not null);

    public int Unanswered => LandedUnanswered.Count(l => l);

    public double RateBeforeKill => AcceptedBeforeKill / KilledAt.TotalSeconds;

    public double RateAfterRestart => (Accepted - AcceptedBeforeKill) / (Elapsed - BackAt).TotalSeconds;

    public double RateOverall => Accepted / Elapsed.TotalSeconds;
}
