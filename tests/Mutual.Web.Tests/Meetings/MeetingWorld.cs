using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Rules;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Meetings;

/// <summary>
/// One society whose rules allow proxies, with a secretary, a chair (a member), a board member and
/// four members, the first two of whom can log in.
/// </summary>
internal sealed record MeetingWorld(TestApp App, Society Society, IReadOnlyList<Member> Members)
{
    public const string Secretary = "secretary@example.org";
    public const string Chair = "chair@example.org";
    public const string Board = "board@example.org";
    public const string Ann = "ann@example.org";
    public const string Bob = "bob@example.org";

    public string Api => $"/api/v1/societies/{Society.Slug}/meetings";

    public static async Task<MeetingWorld> CreateAsync(DatabaseProvider provider, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = await TestApp.StartAsync(provider, kestrel, settings);
        var society = await app.CreateSocietyAsync("riverside");
        await app.WithScopeAsync(async services =>
        {
            var rules = services.GetRequiredService<RulesStore>();
            var yaml = (await rules.ExportAsync(society.Id, CancellationToken.None)).Value;
            return await rules.ImportAsync(society.Id, yaml.Replace("proxiesAllowed: false", "proxiesAllowed: true", StringComparison.Ordinal), "test", CancellationToken.None);
        });
        List<Member> members = [];
        foreach (var (given, family) in new[] { ("Ann", "Jones"), ("Bob", "Singh"), ("Cat", "Evans"), ("Dev", "Patel") })
            members.Add(await app.AdmitMemberAsync(society.Id, given, family, "GL5 1AB"));
        await app.CreateUserAsync(Secretary, society.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(Chair, society.Id, SocietyRole.Chair, members[3].Id);
        await app.CreateUserAsync(Board, society.Id, SocietyRole.BoardMember);
        await app.CreateUserAsync(Ann, society.Id, SocietyRole.Member, members[0].Id);
        await app.CreateUserAsync(Bob, society.Id, SocietyRole.Member, members[1].Id);
        return new MeetingWorld(app, society, members);
    }

    /// <summary>A lawful meeting: notice now, the meeting 40 days on at 18:30 UTC.</summary>
    public static object CallBody(DateTimeOffset startsAt, params object[] agenda) => new
    {
        kind = "General",
        title = "Special general meeting",
        format = "Hybrid",
        place = "Village hall, Stroud",
        joinUrl = "https://meet.example.org/riverside",
        startsAt,
        timeZone = "Europe/London",
        agenda,
    };

    public static DateTimeOffset InDays(int days) => new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(days).AddHours(18.5);
}
