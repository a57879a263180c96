using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Data.Tests.Meetings;

/// <summary>
/// The data services over one test database with a clock the test moves, a society whose rules
/// allow proxies, and helpers to admit members and call the sample meeting (18:00 UTC, 20 June 2026).
/// </summary>
internal sealed class MeetingData : IAsyncDisposable
{
    public static readonly DateTimeOffset NoticeAt = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset StartsAt = new(2026, 6, 20, 18, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly TestDatabase _database;

    private MeetingData(TestDatabase database)
    {
        _database = database;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        _provider = services.AddMutualDatabase(database.ConnectionString).BuildServiceProvider();
    }

    public TestClock Clock { get; } = new(NoticeAt);

    public Society Society { get; private set; } = null!;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<MeetingData> StartAsync(DatabaseProvider provider)
    {
        var data = new MeetingData(await TestDatabase.CreateAsync(provider));
        var created = await data.Fresh<SocietyDirectory>().CreateAsync("riverside", "Riverside Co-operative Limited", "co-operative", "test", Cancel);
        data.Society = created.Value;
        var rules = data.Fresh<RulesStore>();
        var yaml = (await rules.ExportAsync(data.Society.Id, Cancel)).Value;
        Assert.True((await rules.ImportAsync(data.Society.Id, yaml.Replace("proxiesAllowed: false", "proxiesAllowed: true", StringComparison.Ordinal), "test", Cancel)).IsSuccess);
        return data;
    }

    /// <summary>A service from a new scope, so each call sees only what was saved.</summary>
    public T Fresh<T>()
        where T : notnull => _provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public MeetingService Meetings => Fresh<MeetingService>();

    public async Task<Member> AdmitAsync(string given, string family, string classKey = "member")
    {
        var register = Fresh<MemberRegister>();
        var applied = await register.ApplyAsync(
            Society.Id, new MemberName(given, family), new ContactDetails("1 High Street, Town", "AB1 2CD"), [classKey], new DateOnly(2025, 1, 6), "test", Cancel);
        return (await register.AdmitAsync(Society.Id, applied.Value.Id, new BoardDecision(new DateOnly(2025, 2, 3)), "test", Cancel)).Value;
    }

    public async Task<List<Member>> AdmitManyAsync(int count)
    {
        var members = new List<Member>();
        for (var i = 1; i <= count; i++) members.Add(await AdmitAsync($"Member{i}", "Test"));
        return members;
    }

    public static MeetingPlan Plan(MeetingKind kind = MeetingKind.General, params AgendaItemDraft[] agenda) =>
        new(kind, "General meeting 2026", MeetingFormat.Hybrid, "Village hall, Stroud", "https://meet.example.org/riverside", StartsAt, "Europe/London", agenda);

    public async Task<Meeting> CallAsync(MeetingKind kind = MeetingKind.General, params AgendaItemDraft[] agenda)
    {
        var called = await Meetings.CallAsync(Society.Id, Plan(kind, agenda), NoticeAt, NoticeMethod.Electronic, "secretary@example.org", Cancel);
        return called.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}

internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
