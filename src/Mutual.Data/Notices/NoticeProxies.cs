namespace Mutual.Data.Notices;

/// <summary>What the notice says about proxies where the rules allow them (DOMAIN C6).</summary>
public sealed record NoticeProxies(DateTimeOffset Deadline, string HowToAppoint);
