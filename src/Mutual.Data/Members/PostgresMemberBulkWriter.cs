using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Npgsql;
using NpgsqlTypes;

namespace Mutual.Data.Members;

internal sealed class PostgresMemberBulkWriter : MemberBulkWriter
{
    public override async Task<long> WriteAsync(MutualDbContext db, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // One COPY at a time per connection: members first, their history after.
        var history = new List<(Guid MemberId, MemberStatusChange Change)>();
        long count = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY members ({MemberColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var m in members)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(m.Id.Value, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(m.SocietyId.Value, NpgsqlDbType.Uuid, cancellationToken);
                await WriteAsync(copy, m.MembershipNumber, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(m.GivenNames, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.FamilyName, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.PostalAddress, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.Postcode, NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(copy, m.Email, NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(copy, m.Phone, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(copy, m.AppliedOn, NpgsqlDbType.Date, cancellationToken);
                await WriteAsync(copy, m.AdmittedOn, NpgsqlDbType.Date, cancellationToken);
                await WriteAsync(copy, m.AdmissionMinute, NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(copy, m.CeasedOn, NpgsqlDbType.Date, cancellationToken);
                await WriteAsync(copy, m.CessationReason?.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(m.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(m.ClassKeys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(SearchKeys.Name(m.FamilyName), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(SearchKeys.Name(m.GivenNames), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(SearchKeys.Postcode(m.Postcode), NpgsqlDbType.Varchar, cancellationToken);
                history.AddRange(m.StatusHistory.Select(h => (m.Id.Value, h)));
                count++;
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY member_status_changes ({StatusColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (memberId, h) in history)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(memberId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(h.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(h.EffectiveOn, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(h.RecordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteAsync(copy, h.CessationReason?.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(copy, h.Note, NpgsqlDbType.Varchar, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return count;
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);
}
