using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mutual.Domain.Members;

namespace Mutual.Data.Members;

internal sealed class SqliteMemberBulkWriter : MemberBulkWriter
{
    // While the import runs: a large page cache (index builds and inserts re-read pages otherwise),
    // and sorting for the index builds kept in memory rather than in temporary files.
    private const int BulkCacheKibibytes = 512 * 1024;
    private const int DefaultCacheKibibytes = 2000;

    public override Task<long> WriteAsync(MutualDbContext db, IEnumerable<Member> members, long expected, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        Pragma(connection, transaction, $"cache_size = -{BulkCacheKibibytes}");
        Pragma(connection, transaction, "temp_store = MEMORY");
        // History rows fill their statements at a different pace from members, so a history statement
        // can run before its members' statement: the foreign keys are checked at commit instead.
        // SQLite turns this off again itself when the transaction ends.
        Pragma(connection, transaction, "defer_foreign_keys = ON");
        try
        {
            // Rebuilding the indexes costs about as much as the rows already there, so it pays only
            // when the import brings at least as many rows as the table holds (always, into an empty register).
            var deferred = FewerRowsThan(connection, transaction, expected)
                ? SqliteDeferredIndexes.Drop(connection, transaction, "members", "member_status_changes")
                : null;
            var count = Insert(connection, members, cancellationToken);
            deferred?.Rebuild();
            return Task.FromResult(count);
        }
        finally
        {
            Pragma(connection, transaction, $"cache_size = -{DefaultCacheKibibytes}");
            Pragma(connection, transaction, "temp_store = DEFAULT");
        }
    }

    private static long Insert(SqliteConnection connection, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        using var memberRows = new SqliteRowBatch(connection, "members", MemberColumns);
        using var statusRows = new SqliteRowBatch(connection, "member_status_changes", StatusColumns);
        long count = 0;
        foreach (var m in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Id(m.Id.Value);
            memberRows.Add(
                id, Id(m.SocietyId.Value), m.MembershipNumber, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode,
                m.Email, m.Phone, m.Status.ToString(), Date(m.AppliedOn), Date(m.AdmittedOn), m.AdmissionMinute, Date(m.CeasedOn),
                m.CessationReason?.ToString(), Time(m.CreatedAt), JsonSerializer.Serialize(m.ClassKeys),
                SearchKeys.Name(m.FamilyName), SearchKeys.Name(m.GivenNames), SearchKeys.Postcode(m.Postcode));
            foreach (var h in m.StatusHistory)
                statusRows.Add(id, h.Status.ToString(), Date(h.EffectiveOn), Time(h.RecordedAt), h.CessationReason?.ToString(), h.Note);
            count++;
        }

        memberRows.Flush();
        statusRows.Flush();
        return count;
    }

    private static bool FewerRowsThan(SqliteConnection connection, SqliteTransaction transaction, long expected)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM (SELECT 1 FROM members LIMIT $expected)";
        command.Parameters.AddWithValue("$expected", expected);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) < expected;
    }

    private static void Pragma(SqliteConnection connection, SqliteTransaction transaction, string setting)
    {
        using var pragma = connection.CreateCommand();
        pragma.Transaction = transaction;
        pragma.CommandText = $"PRAGMA {setting}";
        pragma.ExecuteNonQuery();
    }

    // The text forms EF Core's SQLite provider stores and compares.
    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
