using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Mail;
using Mutual.Data.Members;
using Mutual.Data.Notices;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Data.Tests.Notices;

/// <summary>
/// The data and notice services over one test database, wired as the hosts wire them, with the
/// <c>Mail</c> configuration section pointing at the given SMTP server settings.
/// </summary>
internal sealed class NoticeServicesHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TestDatabase _database;

    private NoticeServicesHost(TestDatabase database, MailSettings mail)
    {
        _database = database;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Host"] = mail.Host,
            ["Mail:Port"] = mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:From"] = mail.From,
            ["Mail:FromName"] = mail.FromName,
            ["Mail:TimeoutSeconds"] = "20",
        }).Build();
        _provider = new ServiceCollection().AddMutualDatabase(database.ConnectionString).AddMutualNotices(configuration).BuildServiceProvider();
    }

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<NoticeServicesHost> StartAsync(DatabaseProvider provider, MailSettings mail) =>
        new(await TestDatabase.CreateAsync(provider), mail);

    /// <summary>A service from a new scope: a fresh context that sees only what was saved.</summary>
    public T Fresh<T>()
        where T : notnull => _provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<Society> CreateSocietyAsync() =>
        (await Fresh<SocietyDirectory>().CreateAsync("riverside", "Riverside Co-operative Limited", "co-operative", "test", Cancel)).Value;

    public async Task<Member> AdmitAsync(Society society, string given, string family, string? email)
    {
        var register = Fresh<MemberRegister>();
        var applied = await register.ApplyAsync(
            society.Id, new MemberName(given, family), new ContactDetails("1 High Street\nTown", "AB1 2CD", email),
            ["member"], new DateOnly(2026, 1, 6), "test", Cancel);
        return (await register.AdmitAsync(society.Id, applied.Value.Id, new BoardDecision(new DateOnly(2026, 2, 3), "B26/4"), "test", Cancel)).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}
