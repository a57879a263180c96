using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Polls;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

/// <summary>A society with a secretary, a returning officer and two members who can log in, and elections made through <see cref="PollService"/>.</summary>
public sealed class PollsBrowserApp : IAsyncLifetime
{
    public const string Secretary = "secretary@polls-browser.example.org";
    public const string ReturningOfficer = "ro@polls-browser.example.org";
    public const string MemberLogin = "member@polls-browser.example.org";

    public BrowserApp Browser { get; } = new();

    public Society Society { get; private set; } = null!;

    public Member Member { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Browser.InitializeAsync();
        var app = Browser.App;
        Society = await app.CreateSocietyAsync("polls-browser");
        Member = await app.AdmitMemberAsync(Society.Id, "Eilidh", "MacDonald", "NE46 1AB");
        await app.AdmitMemberAsync(Society.Id, "Tariq", "Nowak", "BS3 4QZ");
        await app.CreateUserAsync(Secretary, Society.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(ReturningOfficer, Society.Id, SocietyRole.ReturningOfficer);
        await app.CreateUserAsync(MemberLogin, Society.Id, SocietyRole.Member, Member.Id);
    }

    public Task<PollId> CreateElectionAsync(string title) => UseAsync(async polls =>
        (await polls.CreateAsync(Society.Id, new PollDraft
        {
            Title = title,
            Kind = PollKind.Election,
            Seats = 1,
            Candidates = [new("Asha Patel", "Twelve years a member."), new("Ben Lloyd", "Treasurer of the food hub."), new("Cerys Evans", "Runs the repair café.")],
            RecordDate = DateOnly.FromDateTime(DateTime.UtcNow),
            OpensAt = DateTimeOffset.UtcNow.AddHours(-1),
            ClosesAt = DateTimeOffset.UtcNow.AddDays(1),
        }, "test")).Value);

    public Task<T> UseAsync<T>(Func<PollService, Task<T>> work) =>
        Browser.App.WithScopeAsync(services => work(services.GetRequiredService<PollService>()));

    public ValueTask DisposeAsync() => Browser.DisposeAsync();
}
