using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Cli.Commands;
using Mutual.Cli.Foundation;
using Mutual.Data;
using Mutual.Data.Members;
using Mutual.Data.Polls;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Cli.Tests.Polls;

/// <summary>
/// A society with members and polls set up through the data services, and the <c>poll</c>
/// commands run in-process against the same database, as Program.cs wires them.
/// </summary>
internal sealed class PollCli : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PollCli(TestDatabase database)
    {
        Database = database;
        _services = new ServiceCollection().AddMutualDatabase(database.ConnectionString).BuildServiceProvider();
    }

    public TestDatabase Database { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("mutual-poll-cli-").FullName;

    public Society Society { get; private set; } = null!;

    public List<Member> Members { get; } = [];

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<PollCli> StartAsync(DatabaseProvider provider, int members)
    {
        var cli = new PollCli(await TestDatabase.CreateAsync(provider));
        cli.Society = (await cli.Get<SocietyDirectory>().CreateAsync("riverside", "Riverside Co-operative Limited", "co-operative", "test", Cancel)).Value;
        var register = cli.Get<MemberRegister>();
        for (var i = 0; i < members; i++)
        {
            var applied = await register.ApplyAsync(cli.Society.Id, new MemberName($"Given{i}", $"Family{i}"),
                new ContactDetails($"{i} High Street", "AB1 2CD"), ["member"], new DateOnly(2025, 1, 6), "test", Cancel);
            cli.Members.Add((await register.AdmitAsync(cli.Society.Id, applied.Value.Id, new BoardDecision(new DateOnly(2025, 2, 3), "B25/4"), "test", Cancel)).Value);
        }

        return cli;
    }

    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>Creates and opens a poll, casts one ballot per member in turn, and optionally closes and counts it.</summary>
    public async Task<PollId> PollAsync(PollDraft draft, IEnumerable<BallotContent> ballots, bool close = true)
    {
        var polls = Get<PollService>();
        var poll = (await polls.CreateAsync(Society.Id, draft, "secretary", Cancel)).Value;
        await polls.OpenAsync(Society.Id, poll, "returning-officer", Cancel);
        foreach (var (member, ballot) in Members.Zip(ballots))
            Assert.True((await Get<PollService>().CastAsync(Society.Id, poll, new VoterCredential.Member(member.Id), ballot, "member", Cancel)).IsSuccess);
        if (!close) return poll;
        await polls.CloseAsync(Society.Id, poll, "returning-officer", Cancel);
        await polls.CountAsync(Society.Id, poll, "returning-officer", Cancel);
        return poll;
    }

    public static PollDraft Draft(string title) => new()
    {
        Title = title,
        RecordDate = new DateOnly(2025, 3, 1),
        OpensAt = DateTimeOffset.UtcNow.AddHours(-1),
        ClosesAt = DateTimeOffset.UtcNow.AddDays(1),
    };

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("mutual");
        root.Options.Add(DatabaseOption.Option);
        root.Subcommands.Add(PollCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--db", Database.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Cancel);
        return (exitCode, output.ToString(), error.ToString());
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
