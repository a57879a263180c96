namespace Mutual.Data.Notices;

/// <summary>How far a notice run has got: of <see cref="Total"/> emails to send, how many are done.</summary>
public sealed record NoticeProgress(int Done, int Total, int Sent, int Failed);
