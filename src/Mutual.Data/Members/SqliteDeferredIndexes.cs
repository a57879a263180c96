using Microsoft.Data.Sqlite;

namespace Mutual.Data.Members;

/// <summary>
/// Drops a table's secondary indexes for a bulk insert and builds them again afterwards, in the same
/// transaction, so a failed import leaves the indexes as they were. Building an index once from sorted
/// rows is far cheaper than a million inserts each landing on a random index page. The definitions are
/// read back from <c>sqlite_master</c>, so they stay exactly what the migrations created.
/// </summary>
internal sealed class SqliteDeferredIndexes
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<string> _definitions = [];

    private SqliteDeferredIndexes(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static SqliteDeferredIndexes Drop(SqliteConnection connection, SqliteTransaction transaction, params string[] tables)
    {
        var deferred = new SqliteDeferredIndexes(connection, transaction);
        var indexes = new List<(string Name, string Sql)>();
        using (var list = deferred.Command(
                   $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select(t => $"'{t}'"))})"))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        foreach (var (name, sql) in indexes)
        {
            deferred.Execute($"DROP INDEX \"{name}\"");
            deferred._definitions.Add(sql);
        }

        return deferred;
    }

    public void Rebuild()
    {
        foreach (var sql in _definitions) Execute(sql);
        _definitions.Clear();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
