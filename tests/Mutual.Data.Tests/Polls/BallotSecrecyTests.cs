using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Polls;

/// <summary>
/// Reads the ballot and voter tables as someone with only the database would, every column and the
/// rows in the order the database keeps them, and tries to pair ballots with members.
/// </summary>
public sealed class BallotSecrecyTests
{
    private const int Voters = 30;

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task Ballots_ReadFromTheDatabaseAlone_CannotBeLinkedToMembers(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, [.. Enumerable.Repeat("member", Voters)]);
        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution());
        await using var db = services.Database.CreateContext();
        var roll = await ReadAsync(db, "poll_voters");
        var byId = world.Members.ToDictionary(m => m.Id.Value.ToString(), m => m, StringComparer.OrdinalIgnoreCase);

        // Vote in the roll's own physical order: any table that kept arrival order would line up with it.
        var receiptOf = new Dictionary<MemberId, string>();
        foreach (var row in roll)
        {
            var member = byId[Text(row["member_id"])];
            receiptOf[member.Id] = (await world.VoteAsync(poll, member, BallotContent.Vote(VoteChoice.For))).Code;
        }

        await world.Polls.CloseAsync(world.Society.Id, poll, "returning-officer", PollWorld.Cancel);
        var ballots = await ReadAsync(db, "poll_ballots");
        var voted = (await ReadAsync(db, "poll_voters")).Where(r => Convert.ToBoolean(r["has_voted"], CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(["id", "poll_id", "receipt", "content", "class_key", "votes"], ballots[0].Keys);
        Assert.Equal(["poll_id", "member_id", "class_key", "votes", "code_hash", "has_voted", "voted_by"], voted[0].Keys);
        Assert.Equal(Voters, ballots.Count);

        // No ballot value is, or contains, anything that identifies a member or their code.
        var identifying = world.Members.Select(m => m.Id.Value.ToString())
            .Concat(voted.Select(r => Convert.ToHexString((byte[])r["code_hash"]!)))
            .Concat(codes.Values)
            .ToArray();
        foreach (var value in ballots.SelectMany(b => b.Values).Select(Text))
            Assert.DoesNotContain(identifying, id => value.Contains(id, StringComparison.OrdinalIgnoreCase));

        // Pairing the k-th ballot with the k-th voter who voted finds no more than chance would.
        var pairedCorrectly = ballots.Zip(voted).Count(p => Text(p.First["receipt"]) == receiptOf[new MemberId(Guid.Parse(Text(p.Second["member_id"])))]);
        Assert.InRange(pairedCorrectly, 0, 6);

        // The keys are random: in voting order they neither rise nor fall.
        var keysInVotingOrder = roll.Select(r => receiptOf[new MemberId(Guid.Parse(Text(r["member_id"])))])
            .Select(receipt => Convert.ToInt64(ballots.Single(b => Text(b["receipt"]) == receipt)["id"], CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEqual(keysInVotingOrder.Order(), keysInVotingOrder);
        Assert.NotEqual(keysInVotingOrder.OrderDescending(), keysInVotingOrder);

        if (provider == DatabaseProvider.Postgres)
        {
            // The closing rewrite leaves one inserting transaction on every ballot and every voted line.
            Assert.Equal(1L, await ScalarAsync(db, "SELECT count(DISTINCT xmin::text) FROM poll_ballots"));
            Assert.Equal(1L, await ScalarAsync(db, "SELECT count(DISTINCT xmin::text) FROM poll_voters WHERE has_voted"));
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Every column, rows in the order the database returns them with no ORDER BY: physical order.
    private static async Task<List<Dictionary<string, object?>>> ReadAsync(MutualDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(PollWorld.Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync(PollWorld.Cancel);
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(PollWorld.Cancel))
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        return rows;
    }

    private static async Task<long> ScalarAsync(MutualDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(PollWorld.Cancel), CultureInfo.InvariantCulture);
    }
}
