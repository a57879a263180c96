using Npgsql;

namespace Mutual.Bench.Polls;

/// <summary>
/// <c>dotnet run -c Release --project bench/Mutual.Bench -- polls [--postgres CS] [--members N] [--ballots N] [--clients N]</c>
/// (issue 4 point 10): an electorate of N members (default 1,000,000) on a fresh PostgreSQL database,
/// an STV election opened with a ballot code per member, then ballots (default 200,000) cast over
/// HTTP against the real web server; half-way through the server is killed with SIGKILL and
/// restarted. At the end every ballot that got a success answer must be in the published results
/// by its receipt, none twice, and the ballots must equal the voters marked as having voted.
/// Then the count of the ballots is timed.
/// </summary>
internal static class PollsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var webDll = WebBuild.FindWebDll();
        var database = $"mutual_polls_bench_{Environment.ProcessId}";
        var connectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database, MaxPoolSize = 200, CommandTimeout = 900 }.ConnectionString;
        Console.WriteLine($"cores {Environment.ProcessorCount}; {options.Members:N0} members, {options.Ballots:N0} ballots, {options.Clients} concurrent clients");
        await ExecuteAsync(options.Postgres, $"CREATE DATABASE \"{database}\"");
        try
        {
            await using var election = await BenchElection.SetUpAsync(connectionString, options.Members);
            var codes = election.Codes.Take(options.Ballots).ToList();
            var bodies = RandomRankings.Bodies(election.Slug, election.PollId, codes, BenchElection.Candidates);

            using var server = new WebServerProcess(webDll, connectionString, WebServerProcess.FreePort());
            Console.WriteLine($"web server up in {(await server.StartAsync(CancellationToken.None)).TotalSeconds:F1} s");
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var restart = TimeSpan.Zero;
            var serverCpu = TimeSpan.Zero;
            Console.WriteLine($"load average at the start of the load: {LoadAverage()}");
            var load = await new BallotLoad(client, "/api/v1/ballots", bodies, options.Clients, TimeSpan.FromMinutes(options.Minutes)).RunAsync(
                async killed =>
                {
                    serverCpu += server.CpuTime;
                    server.Kill();
                    killed();
                    Console.WriteLine("  SIGKILL sent to the web server; restarting");
                    restart = await server.StartAsync(CancellationToken.None);
                },
                CancellationToken.None);
            serverCpu += server.CpuTime;
            server.Kill();

            Console.WriteLine($"accepted {load.Accepted:N0} ballots in {load.Elapsed.TotalSeconds:F1} s ({load.RateOverall:F0}/s overall, outage included)");
            Console.WriteLine($"  before the kill: {load.AcceptedBeforeKill:N0} in {load.KilledAt.TotalSeconds:F1} s = {load.RateBeforeKill:F0}/s");
            Console.WriteLine($"  server down and restarted in {restart.TotalSeconds:F1} s; after: {load.RateAfterRestart:F0}/s");
            Console.WriteLine($"  web server CPU {serverCpu.TotalSeconds:F1} s = {serverCpu.TotalMilliseconds / Math.Max(1, load.Accepted):F2} ms per ballot (start-up included); load average now {LoadAverage()}");
            Console.WriteLine($"  {load.Retries:N0} requests retried; {load.Unanswered:N0} ballots landed but their answer died with the server; {load.Rejected:N0} refused");

            var check = await election.VerifyAsync(load);
            Console.WriteLine(check.Summary);
            return check.Passed && load.Rejected == 0 ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(options.Postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    // Other builds share this machine; the figures mean little without it.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
