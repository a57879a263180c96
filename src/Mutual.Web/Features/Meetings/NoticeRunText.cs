using Mutual.Data.Notices;

namespace Mutual.Web.Features.Meetings;

/// <summary>What the secretary is told after a notice run: a re-send that served nobody new must not read as a fresh mailing.</summary>
public static class NoticeRunText
{
    public static string Of(NoticeRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var paper = run.WithoutEmail > 0 ? $" Print the paper notices for the {Members(run.WithoutEmail)} without email." : "";
        if (run.Stopped is { } why) return $"Sending stopped: {why.TrimEnd('.')}. {Members(run.Sent)} sent the notice; send again to reach the rest.{paper}";
        if (run.Sent == 0 && run.Failed == 0) return $"Nothing new to send: every member with email already has the notice.{paper}";
        var skipped = run.Skipped > 0 ? $" ({run.Skipped} already had it)" : "";
        var failed = run.Failed > 0 ? $" {Members(run.Failed)} could not be reached; send again to retry them." : "";
        return $"Notice sent by email to {Members(run.Sent)}{skipped}.{failed}{paper}";
    }

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";
}
