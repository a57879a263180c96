using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Web.BrowserTests.Infrastructure;

/// <summary>A society with a secretary, a member who can log in, and an applicant waiting for the board.</summary>
public sealed class SeededBrowserApp : IAsyncLifetime
{
    public const string Secretary = "secretary@browser.example.org";
    public const string MemberLogin = "member@browser.example.org";

    public BrowserApp Browser { get; } = new();

    public Society Society { get; private set; } = null!;

    public Member Member { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Browser.InitializeAsync();
        var app = Browser.App;
        Society = await app.CreateSocietyAsync("browser-coop");
        Member = await app.AdmitMemberAsync(Society.Id, "Eilidh", "MacDonald", "NE46 1AB");
        await app.AdmitMemberAsync(Society.Id, "Tariq", "Nowak", "BS3 4QZ");
        await app.CreateUserAsync(Secretary, Society.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(MemberLogin, Society.Id, SocietyRole.Member, Member.Id);
    }

    public ValueTask DisposeAsync() => Browser.DisposeAsync();
}
