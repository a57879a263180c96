using Microsoft.EntityFrameworkCore;
using Mutual.Data;

namespace Mutual.Web.Features.Account;

/// <summary>A new installation has no users; until someone creates the first secretary, that is all it offers.</summary>
public sealed class FirstRun(MutualDbContext db)
{
    public async Task<bool> IsNeededAsync(CancellationToken ct) => !await db.Users.AnyAsync(ct);
}
