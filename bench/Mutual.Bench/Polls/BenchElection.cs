using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Bench.Members;
using Mutual.Data;
using Mutual.Data.Members;
using Mutual.Data.Polls;
using Mutual.Data.Societies;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Bench.Polls;

/// <summary>
/// The benchmark's society: its register imported from a generated CSV, and one STV board election
/// opened through <see cref="PollService"/> so every member has a single-use ballot code.
/// </summary>
internal sealed class BenchElection : IAsyncDisposable
{
    public const int Candidates = 8;
    public const int Seats = 3;
    private const string Actor = "bench";

    private readonly ServiceProvider _services;

    private BenchElection(ServiceProvider services, SocietyId society, string slug, PollId poll, IReadOnlyList<string> codes)
    {
        _services = services;
        Society = society;
        Slug = slug;
        Poll = poll;
        Codes = codes;
    }

    public SocietyId Society { get; }

    public string Slug { get; }

    public PollId Poll { get; }

    public Guid PollId => Poll.Value;

    public IReadOnlyList<string> Codes { get; }

    public static async Task<BenchElection> SetUpAsync(string connectionString, int members)
    {
        await DatabaseSetup.MigrateAsync(connectionString);
        var services = new ServiceCollection().AddMutualDatabase(connectionString).BuildServiceProvider();
        var society = await ScopedAsync(services, s => s.GetRequiredService<SocietyDirectory>().CreateAsync("bench", "Bench Co-operative Limited", "co-operative", Actor));
        var id = society.Value.Id;
        await ImportAsync(services, id, members);

        var now = DateTimeOffset.UtcNow;
        var draft = new PollDraft
        {
            Title = "Election of directors",
            Kind = PollKind.Election,
            Seats = Seats,
            CountingMethod = "scottish-stv",
            Candidates = [.. Enumerable.Range(1, Candidates).Select(c => new CandidateDraft($"Candidate {c}", $"Statement of candidate {c}."))],
            RecordDate = DateOnly.FromDateTime(now.UtcDateTime),
            OpensAt = now.AddMinutes(-1),
            ClosesAt = now.AddDays(1),
        };
        var created = await ScopedAsync(services, s => s.GetRequiredService<PollService>().CreateAsync(id, draft, Actor, CancellationToken.None));
        var poll = created.Value;

        var open = Stopwatch.StartNew();
        var issued = await ScopedAsync(services, s => s.GetRequiredService<PollService>().OpenAsync(id, poll, Actor, CancellationToken.None));
        if (issued.Error is { } error) throw new InvalidOperationException(error.Message);
        Console.WriteLine($"opened the poll: voter roll of {issued.Value.Count:N0} frozen and codes issued in {open.Elapsed.TotalSeconds:F1} s");
        return new BenchElection(services, id, "bench", poll, [.. issued.Value.Select(c => c.Code)]);
    }

    /// <summary>Closes, counts (timed) and certifies the poll, then checks the published receipts against what the load was told.</summary>
    public async Task<BenchCheck> VerifyAsync(LoadReport load)
    {
        await ScopedAsync(_services, s => s.GetRequiredService<PollService>().CloseAsync(Society, Poll, Actor, CancellationToken.None));
        var count = Stopwatch.StartNew();
        var counted = await ScopedAsync(_services, s => s.GetRequiredService<PollService>().CountAsync(Society, Poll, Actor, CancellationToken.None));
        count.Stop();
        if (counted.Error is { } error) throw new InvalidOperationException(error.Message);
        await ScopedAsync(_services, s => s.GetRequiredService<PollService>().CertifyAsync(Society, Poll, Actor, CancellationToken.None));
        var results = await ScopedAsync(_services, s => s.GetRequiredService<PollService>().ResultsAsync(Society, Poll, CancellationToken.None))
            ?? throw new InvalidOperationException("A certified poll has no results.");
        return BenchCheck.Of(load, results, count.Elapsed);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static async Task ImportAsync(ServiceProvider services, SocietyId society, int members)
    {
        var csv = Path.Combine(Directory.CreateTempSubdirectory("mutual-polls-bench-").FullName, "register.csv");
        try
        {
            RegisterCsvGenerator.Write(csv, members);
            var clock = Stopwatch.StartNew();
            await using var file = File.OpenRead(csv);
            var imported = await ScopedAsync(services, s => s.GetRequiredService<RegisterImport>().ImportAsync(society, file, Actor, null));
            if (imported.Error is { } error) throw new InvalidOperationException(error.Message);
            Console.WriteLine($"imported {members:N0} members in {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(csv)!, recursive: true);
        }
    }

    private static async Task<T> ScopedAsync<T>(ServiceProvider provider, Func<IServiceProvider, Task<T>> body)
    {
        await using var scope = provider.CreateAsyncScope();
        return await body(scope.ServiceProvider);
    }
}
