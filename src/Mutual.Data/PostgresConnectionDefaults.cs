using System.Data.Common;
using Npgsql;

namespace Mutual.Data;

/// <summary>
/// Connection settings Mutual wants on PostgreSQL unless the connection string says otherwise.
/// Statements are prepared once per physical connection, and a pooled connection is not reset
/// (<c>DISCARD ALL</c>) between uses, which would throw those prepared statements away again: a
/// ballot is then one prepared statement. Nothing in Mutual leaves session state behind; the one
/// temporary table it makes is dropped at commit.
/// </summary>
public static class PostgresConnectionDefaults
{
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!Names(given, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) =>
        keys.Any(key => given.Keys.Cast<string>().Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));
}
