using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Mutual.Data.Polls;

/// <summary>
/// Writes a poll's voter roll straight to <c>poll_voters</c> inside the current transaction: binary
/// COPY on PostgreSQL, one prepared INSERT reused per row on SQLite. A million members take seconds.
/// </summary>
internal abstract class VoterRollWriter
{
    protected const string Columns = "poll_id, member_id, class_key, votes, code_hash, has_voted, voted_by";

    public static VoterRollWriter For(MutualDbContext db) => db.Database.IsNpgsql() ? new Postgres() : new Sqlite();

    public abstract Task WriteAsync(MutualDbContext db, IReadOnlyList<PollVoter> voters, CancellationToken cancellationToken);

    private sealed class Postgres : VoterRollWriter
    {
        public override async Task WriteAsync(MutualDbContext db, IReadOnlyList<PollVoter> voters, CancellationToken cancellationToken)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var copy = await connection.BeginBinaryImportAsync($"COPY poll_voters ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            copy.Timeout = PollService.RollTimeout;
            foreach (var v in voters)
            {
                copy.StartRow();
                copy.Write(v.PollId.Value, NpgsqlDbType.Uuid);
                copy.Write(v.MemberId.Value, NpgsqlDbType.Uuid);
                if (v.ClassKey is null) copy.WriteNull();
                else copy.Write(v.ClassKey, NpgsqlDbType.Varchar);
                copy.Write(v.Votes, NpgsqlDbType.Integer);
                copy.Write(v.CodeHash, NpgsqlDbType.Bytea);
                copy.Write(false, NpgsqlDbType.Boolean);
                copy.WriteNull();
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private sealed class Sqlite : VoterRollWriter
    {
        public override Task WriteAsync(MutualDbContext db, IReadOnlyList<PollVoter> voters, CancellationToken cancellationToken)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
            insert.CommandText = $"INSERT INTO poll_voters ({Columns}) VALUES ($poll, $member, $class, $votes, $hash, 0, NULL)";
            var poll = insert.Parameters.Add("$poll", SqliteType.Text);
            var member = insert.Parameters.Add("$member", SqliteType.Text);
            var classKey = insert.Parameters.Add("$class", SqliteType.Text);
            var votes = insert.Parameters.Add("$votes", SqliteType.Integer);
            var hash = insert.Parameters.Add("$hash", SqliteType.Blob);
            insert.Prepare();
            foreach (var v in voters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                poll.Value = SqliteValues.Id(v.PollId.Value);
                member.Value = SqliteValues.Id(v.MemberId.Value);
                classKey.Value = (object?)v.ClassKey ?? DBNull.Value;
                votes.Value = v.Votes;
                hash.Value = v.CodeHash;
                insert.ExecuteNonQuery();
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>The text forms EF Core's SQLite provider stores and compares.</summary>
internal static class SqliteValues
{
    public static string Id(Guid id) => id.ToString().ToUpperInvariant();
}
