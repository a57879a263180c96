using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Members;

/// <summary>The search half of <see cref="MemberRegister"/>: each kind of search follows one index.</summary>
internal static class MemberQueries
{
    public static async Task<MemberPage> SearchAsync(IQueryable<Member> members, SocietyId societyId, MemberSearch search, CancellationToken cancellationToken)
    {
        var query = members.AsNoTracking().Where(m => m.SocietyId == societyId);
        IOrderedQueryable<Member> ordered;
        if (search.Number is { } number)
        {
            ordered = query.Where(m => m.MembershipNumber == number).OrderBy(m => m.MembershipNumber);
        }
        else if (!string.IsNullOrWhiteSpace(search.Postcode))
        {
            var range = KeyRange.Prefix(SearchKeys.Postcode(search.Postcode));
            ordered = InRange(query, SearchKeys.PostcodeKey, range)
                .OrderBy(m => EF.Property<string>(m, SearchKeys.PostcodeKey))
                .ThenBy(m => EF.Property<string>(m, SearchKeys.FamilyNameKey));
        }
        else
        {
            ordered = ByName(query, search.Name);
        }

        var rows = await ordered.ThenBy(m => m.Id)
            .Skip(search.Skip)
            .Take(search.Take + 1)
            .Select(m => new MemberSummary(m.Id, m.MembershipNumber, m.GivenNames, m.FamilyName, m.Postcode, m.Status))
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > search.Take;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        return new MemberPage(rows, Math.Max(search.Page, 1), hasMore && search.Skip + search.Take <= MemberSearch.MaxOffset);
    }

    private static IOrderedQueryable<Member> ByName(IQueryable<Member> query, string? name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(SearchKeys.Name).Where(w => w.Length > 0).ToArray();
        if (words.Length > 0) query = InRange(query, SearchKeys.FamilyNameKey, KeyRange.Prefix(words[^1]));
        if (words.Length > 1) query = InRange(query, SearchKeys.GivenNamesKey, KeyRange.Prefix(string.Concat(words[..^1])));
        return query
            .OrderBy(m => EF.Property<string>(m, SearchKeys.FamilyNameKey))
            .ThenBy(m => EF.Property<string>(m, SearchKeys.GivenNamesKey));
    }

    private static IQueryable<Member> InRange(IQueryable<Member> query, string key, KeyRange range)
    {
        var from = range.From;
        query = query.Where(m => string.Compare(EF.Property<string>(m, key), from) >= 0);
        if (range.Before is { } before) query = query.Where(m => string.Compare(EF.Property<string>(m, key), before) < 0);
        return query;
    }
}
