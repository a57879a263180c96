using Mutual.Data.Members;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Members;

public sealed record RegisterSearchPage(IReadOnlyList<MemberSummaryResponse> Members, bool HasNextPage);

/// <summary>One page of the register search that the members page and the API share: one box for name, number or postcode.</summary>
public static class RegisterSearch
{
    public static async Task<RegisterSearchPage> RunAsync(MemberRegister register, SocietyId society, string? query, int page, int pageSize, CancellationToken ct)
    {
        var found = await register.SearchAsync(society, MemberSearch.Parse(query, page, pageSize), ct);
        return new RegisterSearchPage([.. found.Members.Select(m => m.ToResponse())], found.HasMore);
    }
}
