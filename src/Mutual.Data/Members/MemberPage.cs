namespace Mutual.Data.Members;

/// <summary>A page of search results; <see cref="HasMore"/> says whether a next page exists.</summary>
public sealed record MemberPage(IReadOnlyList<MemberSummary> Members, int Page, bool HasMore);
