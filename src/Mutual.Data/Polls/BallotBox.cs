using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// The hot path of voting, in plain SQL on the context's connection: two indexed statements in one
/// transaction. The conditional update claims the voter's roll line (affected rows must be 1; on
/// PostgreSQL a concurrent claim waits on the row lock and then finds it already voted; SQLite
/// serialises writers) and returns the class and votes the ballot carries; then the ballot goes in
/// under a random key. Nothing in either row records when, or in what order.
/// </summary>
internal sealed class BallotBox(MutualDbContext db)
{
    public async Task<bool> CastAsync(
        PollId pollId, VoterCredential voter, VotedBy votedBy, string content, string receipt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var sqlite = db.Database.IsSqlite();

        string? classKey;
        int votes;
        await using (var claim = connection.CreateCommand())
        {
            claim.Transaction = dbTransaction;
            var (column, key) = voter is VoterCredential.Code code
                ? ("code_hash", (object)BallotCodes.Hash(code.Value))
                : ("member_id", Id(MemberOf(voter).Value, sqlite));
            claim.CommandText =
                $"UPDATE poll_voters SET has_voted = @yes, voted_by = @by WHERE poll_id = @poll AND {column} = @key AND has_voted = @no RETURNING class_key, votes";
            Add(claim, "@yes", true);
            Add(claim, "@no", false);
            Add(claim, "@by", votedBy.ToString());
            Add(claim, "@poll", Id(pollId.Value, sqlite));
            Add(claim, "@key", key);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return false;
            classKey = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0);
            votes = reader.GetInt32(1);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = dbTransaction;
            insert.CommandText =
                "INSERT INTO poll_ballots (id, poll_id, receipt, content, class_key, votes) VALUES (@id, @poll, @receipt, @content, @class, @votes)";
            Add(insert, "@id", BallotCodes.NewBallotKey());
            Add(insert, "@poll", Id(pollId.Value, sqlite));
            Add(insert, "@receipt", receipt);
            Add(insert, "@content", content);
            Add(insert, "@class", classKey);
            Add(insert, "@votes", votes);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static MemberId MemberOf(VoterCredential voter) => voter switch
    {
        VoterCredential.Member member => member.Id,
        VoterCredential.Proxy proxy => proxy.Appointer,
        _ => throw new ArgumentException("A ballot code names no member.", nameof(voter)),
    };

    private static object Id(Guid id, bool sqlite) => sqlite ? SqliteValues.Id(id) : id;

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
