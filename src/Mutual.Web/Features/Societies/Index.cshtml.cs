using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data;

namespace Mutual.Web.Features.Societies;

public sealed class IndexModel(MutualDbContext db) : PageModel
{
    public IReadOnlyList<SocietyResponse> Societies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Societies = await MySocieties.ListAsync(db, User, ct);
}
