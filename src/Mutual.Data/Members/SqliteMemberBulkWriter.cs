using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mutual.Domain.Members;

namespace Mutual.Data.Members;

internal sealed class SqliteMemberBulkWriter : MemberBulkWriter
{
    public override Task<long> WriteAsync(MutualDbContext db, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        // The indexes take inserts in name and postcode order, i.e. all over the file: with SQLite's
        // default 2 MB page cache a million-row import spends its time re-reading index pages.
        SetCacheSize(connection, transaction, BulkCacheKibibytes);
        using var insertMember = Prepare(connection, transaction, "members", MemberColumns);
        using var insertStatus = Prepare(connection, transaction, "member_status_changes", StatusColumns);

        long count = 0;
        foreach (var m in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Execute(insertMember,
                Id(m.Id.Value), Id(m.SocietyId.Value), m.MembershipNumber, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode,
                m.Email, m.Phone, m.Status.ToString(), Date(m.AppliedOn), Date(m.AdmittedOn), m.AdmissionMinute, Date(m.CeasedOn),
                m.CessationReason?.ToString(), Time(m.CreatedAt), JsonSerializer.Serialize(m.ClassKeys),
                SearchKeys.Name(m.FamilyName), SearchKeys.Name(m.GivenNames), SearchKeys.Postcode(m.Postcode));
            foreach (var h in m.StatusHistory)
                Execute(insertStatus, Id(m.Id.Value), h.Status.ToString(), Date(h.EffectiveOn), Time(h.RecordedAt), h.CessationReason?.ToString(), h.Note);
            count++;
        }

        SetCacheSize(connection, transaction, DefaultCacheKibibytes);
        return Task.FromResult(count);
    }

    private const int BulkCacheKibibytes = 512 * 1024;
    private const int DefaultCacheKibibytes = 2000;

    private static void SetCacheSize(SqliteConnection connection, SqliteTransaction transaction, int kibibytes)
    {
        using var pragma = connection.CreateCommand();
        pragma.Transaction = transaction;
        pragma.CommandText = $"PRAGMA cache_size = -{kibibytes}";
        pragma.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string columns)
    {
        var names = columns.Split(", ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
        foreach (var name in names) command.Parameters.Add(new SqliteParameter("$" + name, null));
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    // The text forms EF Core's SQLite provider stores and compares.
    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
