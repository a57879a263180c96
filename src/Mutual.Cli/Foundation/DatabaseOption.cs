using System.CommandLine;
using Mutual.Data;

namespace Mutual.Cli.Foundation;

/// <summary>
/// <c>--db</c>, on every command: the connection string, as the web host reads it
/// (<c>ConnectionStrings__Mutual</c> when set, else the embedded SQLite file).
/// </summary>
public static class DatabaseOption
{
    public static Option<string> Option { get; } = new("--db")
    {
        Description = "Database connection string: \"Data Source=FILE\" for SQLite or \"Host=...;Database=...\" for PostgreSQL",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Mutual") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DatabaseSetup.DefaultConnectionString,
    };
}
