namespace Mutual.Data.Notices;

/// <summary>
/// What one run of the notice mailer did. <see cref="WithoutEmail"/> members need a paper notice;
/// <see cref="Stopped"/> says why the run ended early when the mail server could not be reached.
/// </summary>
public sealed record NoticeRun(int Sent, int Failed, int Skipped, int WithoutEmail, string? Stopped)
{
    public bool Completed => Stopped is null;
}
