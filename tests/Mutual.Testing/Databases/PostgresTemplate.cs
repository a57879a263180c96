using Mutual.Data;
using Npgsql;

namespace Mutual.Testing.Databases;

internal static class PostgresTemplate
{
    private static readonly string Prefix = $"mutual_test_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly SemaphoreSlim OneCopyAtATime = new(1, 1);
    private static string? _server;

    public static async Task<(string ConnectionString, Func<ValueTask> Drop)> CopyAsync(string server)
    {
        _server ??= server;
        var template = await Template.Value;
        var name = $"{Prefix}_{Guid.NewGuid():N}"[..60];
        // PostgreSQL refuses to copy a template that another CREATE DATABASE is reading.
        await OneCopyAtATime.WaitAsync();
        try
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            OneCopyAtATime.Release();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return (connectionString, async () =>
        {
            ClearPool(connectionString);
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        );
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var server = _server!;
        var name = $"{Prefix}_template";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await DatabaseSetup.MigrateAsync(connectionString);
        // CREATE DATABASE ... TEMPLATE needs the template to have no open connections.
        ClearPool(connectionString);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return name;
    }

    // Mutual opens its connections with its own defaults added, and the pool is keyed by the whole string.
    private static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(PostgresConnectionDefaults.Apply(connectionString));
        NpgsqlConnection.ClearPool(connection);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
