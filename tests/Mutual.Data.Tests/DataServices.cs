using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Members;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Data.Tests;

/// <summary>The data services over one test database, as the web and CLI hosts wire them.</summary>
internal sealed class DataServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private DataServices(TestDatabase database)
    {
        Database = database;
        _provider = new ServiceCollection().AddMutualDatabase(database.ConnectionString).BuildServiceProvider();
        _scope = _provider.CreateAsyncScope();
    }

    public TestDatabase Database { get; }

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<DataServices> StartAsync(Data.DatabaseProvider provider) => new(await TestDatabase.CreateAsync(provider));

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A new scope: a fresh context that sees only what was saved.</summary>
    public T Fresh<T>()
        where T : notnull => _provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<Society> CreateSocietyAsync(string slug = "riverside", string name = "Riverside Co-operative Limited") =>
        (await Get<SocietyDirectory>().CreateAsync(slug, name, "co-operative", "test", Cancel)).Value;

    public async Task<Member> AdmitAsync(Society society, string given, string family, string postcode = "AB1 2CD")
    {
        var register = Get<MemberRegister>();
        var applied = await register.ApplyAsync(
            society.Id, new MemberName(given, family), new ContactDetails("1 High Street, Town", postcode, $"{given}@example.org".ToLowerInvariant()),
            ["member"], new DateOnly(2025, 1, 6), "test", Cancel);
        return (await register.AdmitAsync(society.Id, applied.Value.Id, new BoardDecision(new DateOnly(2025, 2, 3), "B25/4"), "test", Cancel)).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
