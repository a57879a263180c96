using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Npgsql;
using NpgsqlTypes;

namespace Mutual.Data.Members;

internal sealed class PostgresMemberBulkWriter : MemberBulkWriter
{
    public override async Task<long> WriteAsync(MutualDbContext db, IEnumerable<Member> members, long expected, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // One COPY at a time per connection: members first, their history after.
        var history = new List<(Guid MemberId, MemberStatusChange Change)>();
        long count = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY members ({MemberColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Synchronous field writes: an await per field costs more than the COPY itself.
            foreach (var m in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                copy.StartRow();
                copy.Write(m.Id.Value, NpgsqlDbType.Uuid);
                copy.Write(m.SocietyId.Value, NpgsqlDbType.Uuid);
                Write(copy, m.MembershipNumber, NpgsqlDbType.Integer);
                copy.Write(m.GivenNames, NpgsqlDbType.Varchar);
                copy.Write(m.FamilyName, NpgsqlDbType.Varchar);
                copy.Write(m.PostalAddress, NpgsqlDbType.Varchar);
                copy.Write(m.Postcode, NpgsqlDbType.Varchar);
                Write(copy, m.Email, NpgsqlDbType.Varchar);
                Write(copy, m.Phone, NpgsqlDbType.Varchar);
                copy.Write(m.Status.ToString(), NpgsqlDbType.Varchar);
                Write(copy, m.AppliedOn, NpgsqlDbType.Date);
                Write(copy, m.AdmittedOn, NpgsqlDbType.Date);
                Write(copy, m.AdmissionMinute, NpgsqlDbType.Varchar);
                Write(copy, m.CeasedOn, NpgsqlDbType.Date);
                Write(copy, m.CessationReason?.ToString(), NpgsqlDbType.Varchar);
                copy.Write(m.CreatedAt, NpgsqlDbType.TimestampTz);
                copy.Write(m.ClassKeys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(SearchKeys.Name(m.FamilyName), NpgsqlDbType.Varchar);
                copy.Write(SearchKeys.Name(m.GivenNames), NpgsqlDbType.Varchar);
                copy.Write(SearchKeys.Postcode(m.Postcode), NpgsqlDbType.Varchar);
                history.AddRange(m.StatusHistory.Select(h => (m.Id.Value, h)));
                count++;
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY member_status_changes ({StatusColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (memberId, h) in history)
            {
                copy.StartRow();
                copy.Write(memberId, NpgsqlDbType.Uuid);
                copy.Write(h.Status.ToString(), NpgsqlDbType.Varchar);
                copy.Write(h.EffectiveOn, NpgsqlDbType.Date);
                copy.Write(h.RecordedAt, NpgsqlDbType.TimestampTz);
                Write(copy, h.CessationReason?.ToString(), NpgsqlDbType.Varchar);
                Write(copy, h.Note, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return count;
    }

    private static void Write<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, type);
    }
}
