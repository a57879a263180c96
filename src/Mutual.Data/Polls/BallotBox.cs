using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// The hot path of voting, in plain SQL on the context's connection. A conditional update claims
/// the voter's roll line (<c>NOT has_voted</c>, and only while the poll is open) and returns the
/// class and votes the ballot carries; the ballot goes in under a random key only if the claim
/// touched a line. On PostgreSQL both are one statement (a data-modifying CTE, atomic on its own):
/// a concurrent claim of the same line waits on its row lock and then finds it voted, and the
/// poll row is held <c>FOR KEY SHARE</c>, which the close's <c>FOR UPDATE</c> waits for and
/// excludes. SQLite runs the two statements in one immediate transaction, which serialises
/// writers. Nothing in either row records when, or in what order.
/// </summary>
internal sealed class BallotBox(MutualDbContext db)
{
    private static string Claim(string column, string pollLock) =>
        $"UPDATE poll_voters SET has_voted = @yes, voted_by = @by WHERE poll_id = @poll AND {column} = @key AND has_voted = @no " +
        $"AND EXISTS (SELECT 1 FROM polls WHERE id = @poll AND state = 'Open'{pollLock}) RETURNING class_key, votes";

    private const string Insert = "INSERT INTO poll_ballots (id, poll_id, receipt, content, class_key, votes)";

    public async Task<bool> CastAsync(
        PollId pollId, VoterCredential voter, VotedBy votedBy, string content, string receipt, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var (column, key) = voter is VoterCredential.Code code
            ? ("code_hash", (object)BallotCodes.Hash(code.Value))
            : ("member_id", Id(MemberOf(voter).Value, sqlite));
        object?[] values = [true, false, votedBy.ToString(), Id(pollId.Value, sqlite), key, BallotCodes.NewBallotKey(), receipt, content];
        return sqlite
            ? await SqliteAsync(column, values, cancellationToken)
            : await PostgresAsync(column, values, cancellationToken);
    }

    public static MemberId MemberOf(VoterCredential voter) => voter switch
    {
        VoterCredential.Member member => member.Id,
        VoterCredential.Proxy proxy => proxy.Appointer,
        _ => throw new ArgumentException("A ballot code names no member.", nameof(voter)),
    };

    private async Task<bool> PostgresAsync(string column, object?[] values, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(values);
            command.CommandText =
                $"WITH claimed AS ({Claim(column, " FOR KEY SHARE")}) " +
                $"{Insert} SELECT @id, @poll, @receipt, @content, class_key, votes FROM claimed";
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> SqliteAsync(string column, object?[] values, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? classKey;
        int votes;
        await using (var claim = Command(values, transaction.GetDbTransaction()))
        {
            claim.CommandText = Claim(column, "");
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return false;
            classKey = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0);
            votes = reader.GetInt32(1);
        }

        await using (var insert = Command(values, transaction.GetDbTransaction()))
        {
            insert.CommandText = $"{Insert} VALUES (@id, @poll, @receipt, @content, @class, @votes)";
            Add(insert, "@class", classKey);
            Add(insert, "@votes", votes);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private DbCommand Command(object?[] values, DbTransaction? transaction = null)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        string[] names = ["@yes", "@no", "@by", "@poll", "@key", "@id", "@receipt", "@content"];
        for (var i = 0; i < names.Length; i++) Add(command, names[i], values[i]);
        return command;
    }

    private static object Id(Guid id, bool sqlite) => sqlite ? SqliteValues.Id(id) : id;

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
