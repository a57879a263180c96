using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Members;
using Mutual.Data.Societies;
using Npgsql;

namespace Mutual.Bench.Members;

/// <summary>
/// <c>dotnet run -c Release --project bench/Mutual.Bench -- members [COUNT] [--postgres CONNECTION]</c>:
/// generates a register of COUNT members (default 1,000,000), imports it into a fresh SQLite file and,
/// when a PostgreSQL server is given (or MUTUAL_TEST_POSTGRES is set), into a fresh PostgreSQL
/// database, then times searches by name prefix, given+family name, postcode, number and deep page.
/// </summary>
internal static class MembersBenchmark
{
    private const int Searches = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("MUTUAL_TEST_POSTGRES");
        var folder = Directory.CreateTempSubdirectory("mutual-bench-").FullName;
        try
        {
            var csv = Path.Combine(folder, "register.csv");
            var generate = Stopwatch.StartNew();
            RegisterCsvGenerator.Write(csv, count);
            Console.WriteLine($"cores {Environment.ProcessorCount}; generated {count:N0} members ({new FileInfo(csv).Length / 1_048_576} MiB) in {generate.Elapsed.TotalSeconds:F1} s");

            await MeasureAsync("SQLite", $"Data Source={Path.Combine(folder, "bench.db")}", csv, count);
            if (postgres is not null)
            {
                var name = $"mutual_bench_{Environment.ProcessId}";
                await ExecuteAsync(postgres, $"CREATE DATABASE \"{name}\"");
                try
                {
                    await MeasureAsync("PostgreSQL", new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString, csv, count);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string engine, string connectionString, string csv, int count)
    {
        await DatabaseSetup.MigrateAsync(connectionString);
        await using var provider = new ServiceCollection().AddMutualDatabase(connectionString).BuildServiceProvider();
        var society = await ScopedAsync(provider, s => s.GetRequiredService<SocietyDirectory>().CreateAsync("bench", "Bench Co-operative Limited", "co-operative", "bench"));

        var import = Stopwatch.StartNew();
        await using (var file = File.OpenRead(csv))
        {
            var progress = new Progress<ImportProgress>(p =>
            {
                if (p.Rows % 250_000 == 0) Console.WriteLine($"{engine}:   {p.Stage} {p.Rows:N0} rows at {import.Elapsed.TotalSeconds:F1} s");
            });
            var result = await ScopedAsync(provider, s => s.GetRequiredService<RegisterImport>().ImportAsync(society.Value.Id, file, "bench", progress));
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error!.Message);
        }

        Console.WriteLine($"{engine}: import {import.Elapsed.TotalSeconds:F1} s");
        var random = new Random(7);
        foreach (var (kind, search) in Queries(random, count))
        {
            var timings = new List<double>(Searches);
            var found = 0L;
            for (var i = 0; i < Searches; i++)
            {
                var query = search();
                var watch = Stopwatch.StartNew();
                var page = await ScopedAsync(provider, s => s.GetRequiredService<MemberRegister>().SearchAsync(society.Value.Id, query));
                timings.Add(watch.Elapsed.TotalMilliseconds);
                found += page.Members.Count;
            }

            timings.Sort();
            Console.WriteLine($"{engine}: search {kind,-22} p50 {timings[timings.Count / 2],7:F2} ms  p95 {timings[(int)(timings.Count * 0.95)],7:F2} ms  (avg {found / (double)Searches:F1} rows/page)");
        }
    }

    private static IEnumerable<(string Kind, Func<MemberSearch> Search)> Queries(Random random, int count)
    {
        string Prefix() => RegisterCsvGenerator.FamilyNames[random.Next(RegisterCsvGenerator.FamilyNames.Length)][..3];
        yield return ("name prefix (3 chars)", () => MemberSearch.Parse(Prefix()));
        yield return ("given + family prefix", () => MemberSearch.Parse($"m {Prefix()}"));
        yield return ("postcode prefix", () => MemberSearch.Parse(RegisterCsvGenerator.Postcode(random)[..4]));
        yield return ("membership number", () => MemberSearch.Parse(random.Next(1, count + 1).ToString(CultureInfo.InvariantCulture)));
        yield return ("name, page 100", () => MemberSearch.Parse(Prefix(), page: 100));
        yield return ("everyone, page 1", () => new MemberSearch());
    }

    private static async Task<T> ScopedAsync<T>(ServiceProvider provider, Func<IServiceProvider, Task<T>> body)
    {
        await using var scope = provider.CreateAsyncScope();
        return await body(scope.ServiceProvider);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
