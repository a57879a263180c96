using Mutual.Data.Notices;
using Mutual.Web.Features.Meetings;

namespace Mutual.Web.Tests.Meetings;

public sealed class NoticeRunTextTests
{
    [Fact]
    public void Of_MailServerUnreachable_SaysSendingStoppedAndHowFarItGot() =>
        Assert.Equal(
            "Sending stopped: Connection refused. 3 members sent the notice; send again to reach the rest. Print the paper notices for the 2 members without email.",
            NoticeRunText.Of(new NoticeRun(3, 0, 0, 2, "Connection refused.")));

    [Fact]
    public void Of_SomeFailedSomeAlreadyServed_NamesBoth() =>
        Assert.Equal(
            "Notice sent by email to 1 member (4 already had it). 2 members could not be reached; send again to retry them.",
            NoticeRunText.Of(new NoticeRun(1, 2, 4, 0, null)));

    [Fact]
    public void Of_EveryoneAlreadyServed_SaysNothingNewWasSent() =>
        Assert.Equal(
            "Nothing new to send: every member with email already has the notice.",
            NoticeRunText.Of(new NoticeRun(0, 0, 5, 0, null)));
}
