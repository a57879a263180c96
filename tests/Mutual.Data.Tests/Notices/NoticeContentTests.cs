using Mutual.Data.Notices;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Notices;

public sealed class NoticeContentTests
{
    private static readonly MeetingNotice Notice = SampleNotice.For(SocietyId.New());

    [Fact]
    public void Build_HybridAgm_StatesDateTimeAndPlaceInTheMeetingsTimeZone()
    {
        var text = NoticeBodies.Text(NoticeContent.Build(Notice, "Ada Lovelace"));

        Assert.Contains("Dear Ada Lovelace,", text, StringComparison.Ordinal);
        Assert.Contains(
            "Notice is given that the annual general meeting of Riverside Co-operative Limited will be held on " +
            "Thursday 18 June 2026, 18:30 to 20:30 (Europe/London time), at The Old Library, 12 Bridge Road, Leeds " +
            "and online at https://meet.example.org/riverside-agm.",
            text, StringComparison.Ordinal);
        Assert.Contains("Registered office: Mill House, 3 Canal Street, Leeds LS1 4AB", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithResolutions_ListsBusinessThenEachResolutionInFull()
    {
        var text = NoticeBodies.Text(NoticeContent.Build(Notice));

        var business = text.IndexOf("1. To receive the accounts and reports for 2025\n\n2. To appoint the auditor\n\n3. To elect three directors", StringComparison.Ordinal);
        var first = text.IndexOf("Resolution 1: Interest on share capital (Ordinary resolution)\n\nThat interest of 3% be paid on share capital for 2025.", StringComparison.Ordinal);
        var second = text.IndexOf(
            "Resolution 2: Board size (Special resolution (at least 75% of votes cast))\n\n" +
            "That rule 12 be amended so that the board has nine members.\n\nThe amendment takes effect at the close of this meeting.",
            StringComparison.Ordinal);
        Assert.True(business > 0 && first > business && second > first, text);
    }

    [Fact]
    public void Build_WithProxies_GivesTheDeadlineInLocalTimeAndSaysNoOtherBusiness()
    {
        var text = NoticeBodies.Text(NoticeContent.Build(Notice));

        // 16 June 17:30 UTC is 18:30 in London (BST).
        Assert.Contains("The appointment must reach the society by 18:30 on Tuesday 16 June 2026.", text, StringComparison.Ordinal);
        Assert.Contains("No business other than that set out in this notice may be transacted at the meeting.", text, StringComparison.Ordinal);
        Assert.Contains("By order of the board, Grace Hopper, Secretary, 28 May 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InPersonWithoutProxies_SaysNothingOfJoiningOnlineOrProxies()
    {
        var notice = Notice with { Mode = NoticeAttendanceMode.InPerson, JoinUrl = null, Proxies = null, Kind = NoticeMeetingKind.GeneralMeeting };

        var text = NoticeBodies.Text(NoticeContent.Build(notice));

        Assert.Contains("Notice of general meeting: Annual general meeting 2026", text, StringComparison.Ordinal);
        Assert.Contains("18:30 to 20:30 (Europe/London time), at The Old Library, 12 Bridge Road, Leeds.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("online", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Proxies", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TextWithMarkup_IsEncoded()
    {
        var notice = Notice with { Resolutions = [new("Rule <b>", "Ordinary resolution", "That A & B merge.")] };

        var html = NoticeBodies.Html(NoticeContent.Build(notice));

        Assert.Contains("<h2>Resolutions</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Rule &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("That A &amp; B merge.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_Agm_NamesTheKindSocietyAndLocalDate()
    {
        Assert.Equal("Notice of annual general meeting: Riverside Co-operative Limited, 18 June 2026", NoticeWording.Subject(Notice));
    }
}
