using Microsoft.Extensions.DependencyInjection;
using Mutual.Data.Meetings;
using Mutual.Data.Polls;
using Mutual.Data.Rules;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

/// <summary>Meetings and polls made through the application's own services, for the pages the chair and members use.</summary>
public static class MeetingSeeds
{
    public static Task AllowProxiesAsync(TestApp app, SocietyId society) => app.WithScopeAsync(async services =>
    {
        var rules = services.GetRequiredService<RulesStore>();
        var yaml = (await rules.ExportAsync(society, CancellationToken.None)).Value;
        var imported = await rules.ImportAsync(society, yaml.Replace("proxiesAllowed: false", "proxiesAllowed: true", StringComparison.Ordinal), "test", CancellationToken.None);
        Assert.True(imported.IsSuccess);
        return imported;
    });

    /// <summary>A general meeting 40 days on (lawful notice from today), with one ordinary resolution.</summary>
    public static Task<Meeting> CallAsync(TestApp app, SocietyId society, string title, string resolution = "Approve the annual accounts") =>
        app.WithScopeAsync(async services =>
        {
            var startsAt = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(40).AddHours(18.5);
            var plan = new MeetingPlan(MeetingKind.General, title, MeetingFormat.InPerson, "Village hall, Hexham", null, startsAt, "Europe/London",
                [new AgendaItemDraft(AgendaItemKind.OrdinaryResolution, resolution)]);
            var called = await services.GetRequiredService<MeetingService>().CallAsync(society, plan, null, NoticeMethod.Electronic, "test", CancellationToken.None);
            Assert.True(called.IsSuccess, called.Error?.Message);
            return called.Value;
        });

    /// <summary>An open resolution poll, as the returning officer leaves it before the meeting votes.</summary>
    public static Task<PollId> OpenResolutionAsync(TestApp app, SocietyId society, string title) =>
        app.WithScopeAsync(async services =>
        {
            var polls = services.GetRequiredService<PollService>();
            var created = await polls.CreateAsync(society, new PollDraft
            {
                Title = title,
                RecordDate = DateOnly.FromDateTime(DateTime.UtcNow),
                OpensAt = DateTimeOffset.UtcNow.AddHours(-1),
                ClosesAt = DateTimeOffset.UtcNow.AddDays(1),
            }, "test");
            Assert.True((await polls.OpenAsync(society, created.Value, "test")).IsSuccess);
            return created.Value;
        });
}
