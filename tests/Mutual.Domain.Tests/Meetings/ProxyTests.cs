using Mutual.Domain.Meetings;

namespace Mutual.Domain.Tests.Meetings;

public sealed class ProxyTests
{
    private static readonly Dictionary<Guid, ProxyVote> Discretionary = [];

    // The meeting starts 18:00 UTC on 20 June; 48 hours before is 18:00 UTC on 18 June.
    private static readonly DateTimeOffset Deadline = new(2026, 6, 18, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AppointProxy_RulesWithoutProxies_IsRefused()
    {
        var meeting = SampleMeeting.Call(SampleMeeting.Rules(proxies: false));

        var result = meeting.AppointProxy(SampleMeeting.Member("Ann"), null, Discretionary, SampleMeeting.Rules(proxies: false), SampleMeeting.NoticeAt);

        Assert.IsType<ProxiesNotAllowed>(result.Error);
    }

    [Fact]
    public void AppointProxy_AtTheDeadline_IsAccepted()
    {
        var meeting = SampleMeeting.Call();

        Assert.Equal(Deadline, meeting.ProxyDeadline(SampleMeeting.Rules()));
        Assert.True(meeting.AppointProxy(SampleMeeting.Member("Ann"), null, Discretionary, SampleMeeting.Rules(), Deadline).IsSuccess);
    }

    [Fact]
    public void AppointProxy_AMinuteAfterTheDeadline_IsRefused()
    {
        var meeting = SampleMeeting.Call();

        var result = meeting.AppointProxy(SampleMeeting.Member("Ann"), null, Discretionary, SampleMeeting.Rules(), Deadline.AddMinutes(1));

        Assert.IsType<ProxyDeadlinePassed>(result.Error);
        Assert.Empty(meeting.Proxies);
    }

    [Fact]
    public void AppointProxy_HolderAtTheLimit_IsRefusedButTheChairIsNot()
    {
        var rules = SampleMeeting.Rules() with { MaximumProxiesPerHolder = 3 };
        var meeting = SampleMeeting.Call(rules);
        var holder = SampleMeeting.Member("Hal");
        for (var i = 0; i < 3; i++) Assert.True(meeting.AppointProxy(SampleMeeting.Member($"A{i}"), holder, Discretionary, rules, SampleMeeting.NoticeAt).IsSuccess);

        var fourth = meeting.AppointProxy(SampleMeeting.Member("A3"), holder, Discretionary, rules, SampleMeeting.NoticeAt);
        for (var i = 0; i < 5; i++) Assert.True(meeting.AppointProxy(SampleMeeting.Member($"C{i}"), null, Discretionary, rules, SampleMeeting.NoticeAt).IsSuccess);

        Assert.Equal("Hal already holds 3 proxies, the most the rules allow one member to hold.", Assert.IsType<ProxyLimitReached>(fourth.Error).Message);
        Assert.Equal(5, meeting.ActiveProxiesHeldBy(null).Count());
    }

    [Fact]
    public void AppointProxy_Themselves_IsRefused()
    {
        var ann = SampleMeeting.Member("Ann");

        Assert.IsType<ProxyForSelf>(SampleMeeting.Call().AppointProxy(ann, ann, Discretionary, SampleMeeting.Rules(), SampleMeeting.NoticeAt).Error);
    }

    [Fact]
    public void AppointProxy_SecondWhileFirstActive_IsRefusedUntilRevoked()
    {
        var meeting = SampleMeeting.Call();
        var ann = SampleMeeting.Member("Ann");
        meeting.AppointProxy(ann, null, Discretionary, SampleMeeting.Rules(), SampleMeeting.NoticeAt);

        var second = meeting.AppointProxy(ann, SampleMeeting.Member("Bob"), Discretionary, SampleMeeting.Rules(), SampleMeeting.NoticeAt);
        var revoked = meeting.RevokeProxy(ann.Id, SampleMeeting.NoticeAt.AddDays(1));
        var third = meeting.AppointProxy(ann, SampleMeeting.Member("Bob"), Discretionary, SampleMeeting.Rules(), SampleMeeting.NoticeAt.AddDays(1));

        Assert.IsType<ProxyAlreadyAppointed>(second.Error);
        Assert.False(revoked.Value.IsActive);
        Assert.Equal("Bob", third.Value.HolderName);
        Assert.Equal(2, meeting.Proxies.Count);
    }

    [Fact]
    public void RevokeProxy_NoneAppointed_IsRefused() =>
        Assert.IsType<ProxyNotFound>(SampleMeeting.Call().RevokeProxy(SampleMeeting.Member("Ann").Id, SampleMeeting.NoticeAt).Error);

    [Fact]
    public void RecordAttendance_AppointerAttends_RevokesTheirProxy()
    {
        var meeting = SampleMeeting.Call();
        var ann = SampleMeeting.Member("Ann");
        meeting.AppointProxy(ann, null, Discretionary, SampleMeeting.Rules(), SampleMeeting.NoticeAt);

        meeting.RecordAttendance(ann, AttendanceMode.InPerson, SampleMeeting.StartsAt);

        var proxy = Assert.Single(meeting.Proxies);
        Assert.False(proxy.IsActive);
        Assert.Equal("attended the meeting", proxy.RevokedBecause);
        Assert.Null(meeting.ActiveProxyOf(ann.Id));
    }

    [Fact]
    public void AppointProxy_Directed_KeepsADirectionPerResolution()
    {
        var meeting = SampleMeeting.Call(null, SampleMeeting.Resolution("First"), SampleMeeting.Resolution("Second"));
        var (first, second) = (meeting.Agenda[0].Id, meeting.Agenda[1].Id);

        var proxy = meeting.AppointProxy(
            SampleMeeting.Member("Ann"), null, new Dictionary<Guid, ProxyVote> { [first] = ProxyVote.For, [second] = ProxyVote.Against },
            SampleMeeting.Rules(), SampleMeeting.NoticeAt).Value;

        Assert.False(proxy.IsDiscretionary);
        Assert.Equal(ProxyVote.For, proxy.Directions[first]);
        Assert.Equal(ProxyVote.Against, proxy.Directions[second]);
    }

    [Fact]
    public void AppointProxy_DirectionOnNonResolution_IsRefused()
    {
        var meeting = SampleMeeting.Call(null, new AgendaItemDraft(AgendaItemKind.AccountsAndReports, "Accounts"));

        var result = meeting.AppointProxy(
            SampleMeeting.Member("Ann"), null, new Dictionary<Guid, ProxyVote> { [meeting.Agenda[0].Id] = ProxyVote.For }, SampleMeeting.Rules(), SampleMeeting.NoticeAt);

        Assert.IsType<ProxyDirectionNotResolution>(result.Error);
    }
}
