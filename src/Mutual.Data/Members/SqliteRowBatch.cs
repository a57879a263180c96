using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Mutual.Data.Members;

/// <summary>
/// Inserts rows into one table many at a time: one prepared <c>INSERT … VALUES (…), (…), …</c> of
/// <see cref="RowsPerStatement"/> rows, bound by position straight through SQLitePCL. Going through
/// <see cref="SqliteCommand"/> instead costs a parameter lookup by name per value and a data reader per
/// statement, which for a million-row import is most of the time spent.
/// </summary>
internal sealed class SqliteRowBatch : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly string _columns;
    private readonly int _width;
    private readonly sqlite3_stmt _full;
    private readonly object?[] _pending;
    private int _rows;

    public SqliteRowBatch(SqliteConnection connection, string table, string columns)
    {
        _connection = connection;
        _table = table;
        _columns = columns;
        _width = columns.Split(", ").Length;
        _full = Prepare(RowsPerStatement);
        _pending = new object?[_width * RowsPerStatement];
    }

    public void Add(params ReadOnlySpan<object?> values)
    {
        values.CopyTo(_pending.AsSpan(_rows * _width, _width));
        if (++_rows < RowsPerStatement) return;
        Run(_full, _rows);
        _rows = 0;
    }

    /// <summary>Writes the rows still waiting for a full statement.</summary>
    public void Flush()
    {
        if (_rows == 0) return;
        var rest = Prepare(_rows);
        try
        {
            Run(rest, _rows);
        }
        finally
        {
            rest.Dispose();
        }

        _rows = 0;
    }

    public void Dispose() => _full.Dispose();

    private sqlite3_stmt Prepare(int rows)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", _width)) + ")";
        var sql = $"INSERT INTO {_table} ({_columns}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
        Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement));
        return statement;
    }

    private void Run(sqlite3_stmt statement, int rows)
    {
        for (var i = 0; i < rows * _width; i++)
        {
            var index = i + 1;
            Check(_pending[i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string text => raw.sqlite3_bind_text(statement, index, text),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                var other => throw new ArgumentException($"No SQLite binding for {other.GetType()}"),
            });
        }

        var done = raw.sqlite3_step(statement);
        if (done != raw.SQLITE_DONE) Check(done);
        Check(raw.sqlite3_reset(statement));
        Array.Clear(_pending);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
    }
}
