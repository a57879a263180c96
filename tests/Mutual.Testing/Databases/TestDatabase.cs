using Mutual.Data;

namespace Mutual.Testing.Databases;

/// <summary>
/// A fresh, migrated, empty database for one test (or one fixture): a new SQLite file, or a new
/// PostgreSQL database. Each is copied from a template migrated once per test process, so a test
/// pays for a file copy or a <c>CREATE DATABASE ... TEMPLATE</c>, not for the migrations.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static IEnumerable<DatabaseProvider> AvailableProviders()
    {
        yield return DatabaseProvider.Sqlite;
        if (TestPostgres.ConnectionString is not null) yield return DatabaseProvider.Postgres;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var (connectionString, drop) = await SqliteTemplate.CopyAsync();
            return new TestDatabase(provider, connectionString, drop);
        }

        var server = TestPostgres.ConnectionString
            ?? throw new InvalidOperationException($"{TestPostgres.Variable} is not set, so there is no PostgreSQL server to test against.");
        var (pgConnectionString, pgDrop) = await PostgresTemplate.CopyAsync(server);
        return new TestDatabase(provider, pgConnectionString, pgDrop);
    }

    public MutualDbContext CreateContext() => DatabaseSetup.CreateContext(ConnectionString);

    public ValueTask DisposeAsync() => _drop();
}
