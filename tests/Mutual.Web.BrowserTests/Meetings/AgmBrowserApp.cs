using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

/// <summary>A society with a secretary, a returning officer, a board member who chairs, and three members, one of whom logs in.</summary>
public sealed class AgmBrowserApp : IAsyncLifetime
{
    public const string Secretary = "secretary@agm-browser.example.org";
    public const string ReturningOfficer = "ro@agm-browser.example.org";
    public const string Chair = "chair@agm-browser.example.org";
    public const string MemberLogin = "member@agm-browser.example.org";

    public BrowserApp Browser { get; } = new();

    public Society Society { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await Browser.InitializeAsync();
        var app = Browser.App;
        Society = await app.CreateSocietyAsync("agm-browser");
        Members = [await app.AdmitMemberAsync(Society.Id, "Eilidh", "MacDonald", "NE46 1AB"), await app.AdmitMemberAsync(Society.Id, "Tariq", "Nowak", "BS3 4QZ"),
            await app.AdmitMemberAsync(Society.Id, "Ffion", "Hughes", "LL55 4UR")];
        await app.CreateUserAsync(Secretary, Society.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(ReturningOfficer, Society.Id, SocietyRole.ReturningOfficer);
        await app.CreateUserAsync(Chair, Society.Id, SocietyRole.Chair, Members[2].Id);
        await app.CreateUserAsync(MemberLogin, Society.Id, SocietyRole.Member, Members[0].Id);
    }

    /// <summary>An AGM forty days on, with one seat on the board to fill; notice not yet sent, so nominations are open.</summary>
    public Task<MeetingId> CallAgmAsync() => Browser.App.WithScopeAsync(async services =>
    {
        var startsAt = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(40).AddHours(18);
        var plan = new MeetingPlan(MeetingKind.Annual, "Annual general meeting", MeetingFormat.InPerson, "Village hall, Hexham", null, startsAt, "Europe/London",
            [new AgendaItemDraft(AgendaItemKind.BoardElection, "Election of directors: 1 seat", "", 1)]);
        var called = await services.GetRequiredService<MeetingService>().CallAsync(Society.Id, plan, null, NoticeMethod.Electronic, "test");
        return called.Value.Id;
    });

    public ValueTask DisposeAsync() => Browser.DisposeAsync();
}
