namespace Mutual.Data;

/// <summary>The database engines Mutual runs on: an embedded SQLite file, or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
