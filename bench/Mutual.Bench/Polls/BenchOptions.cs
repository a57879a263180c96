using System.Globalization;

namespace Mutual.Bench.Polls;

/// <summary>The <c>polls</c> benchmark's arguments: <c>[--postgres CS] [--members N] [--ballots N] [--clients N] [--minutes N]</c> (a time limit on casting).</summary>
internal sealed record BenchOptions(string Postgres, int Members, int Ballots, int Clients, int Minutes)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("MUTUAL_TEST_POSTGRES")
            ?? throw new ArgumentException("Give a PostgreSQL server: --postgres \"Host=...;Username=...\" or set MUTUAL_TEST_POSTGRES.");
        var options = new BenchOptions(postgres, Number("--members", 1_000_000), Number("--ballots", 200_000), Number("--clients", 32), Number("--minutes", 60));
        if (options.Ballots > options.Members) throw new ArgumentException("There cannot be more ballots than members.");
        return options;
    }
}
