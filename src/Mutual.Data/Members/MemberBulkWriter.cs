using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;

namespace Mutual.Data.Members;

/// <summary>
/// Writes many new members straight to the tables, inside the context's current transaction,
/// bypassing change tracking: prepared many-row INSERTs on SQLite, binary COPY on PostgreSQL.
/// <c>expected</c> is how many members the caller counted in its check, so a writer can choose its strategy.
/// Column names and value formats follow the EF model; the data tests read imported members back through EF.
/// </summary>
internal abstract class MemberBulkWriter
{
    protected const string MemberColumns =
        "id, society_id, membership_number, given_names, family_name, postal_address, postcode, email, phone, status, " +
        "applied_on, admitted_on, admission_minute, ceased_on, cessation_reason, created_at, class_keys, " +
        "family_name_key, given_names_key, postcode_key";

    protected const string StatusColumns = "member_id, status, effective_on, recorded_at, cessation_reason, note";

    public static MemberBulkWriter For(MutualDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresMemberBulkWriter() : new SqliteMemberBulkWriter();

    public abstract Task<long> WriteAsync(MutualDbContext db, IEnumerable<Member> members, long expected, CancellationToken cancellationToken);
}
