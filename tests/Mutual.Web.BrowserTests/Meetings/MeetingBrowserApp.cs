using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

/// <summary>
/// A society whose rules allow proxies, with four members (so the quorum is max(3, 25% of 4) = 3),
/// a chair who is the fourth of them, and the first member able to log in.
/// </summary>
public sealed class MeetingBrowserApp : IAsyncLifetime
{
    public const string Chair = "chair@meetings-browser.example.org";
    public const string MemberLogin = "ann@meetings-browser.example.org";

    public BrowserApp Browser { get; } = new();

    public Society Society { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await Browser.InitializeAsync();
        var app = Browser.App;
        Society = await app.CreateSocietyAsync("meetings-browser");
        await MeetingSeeds.AllowProxiesAsync(app, Society.Id);
        List<Member> members = [];
        foreach (var (given, family) in new[] { ("Ann", "Jones"), ("Bob", "Singh"), ("Cat", "Evans"), ("Dev", "Patel") })
            members.Add(await app.AdmitMemberAsync(Society.Id, given, family, "NE46 1AB"));
        Members = members;
        await app.CreateUserAsync(Chair, Society.Id, SocietyRole.Chair, members[3].Id);
        await app.CreateUserAsync(MemberLogin, Society.Id, SocietyRole.Member, members[0].Id);
    }

    public ValueTask DisposeAsync() => Browser.DisposeAsync();
}
