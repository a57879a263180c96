namespace Mutual.Data.Notices;

/// <summary>Who the invite comes from: the address notices are sent from, under the society's name.</summary>
public sealed record NoticeOrganizer(string Name, string Email);
