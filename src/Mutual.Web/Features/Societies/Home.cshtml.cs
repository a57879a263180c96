using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Societies;

public sealed class HomeModel(MutualDbContext db) : PageModel
{
    public CurrentSociety Society { get; private set; } = null!;

    public int ActiveMembers { get; private set; }

    public int Applicants { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Society = HttpContext.Society();
        if (!Society.IsOfficer) return;
        var members = db.Members.Where(m => m.SocietyId == Society.Id);
        ActiveMembers = await members.CountAsync(m => m.Status == MemberStatus.Active, ct);
        Applicants = await members.CountAsync(m => m.Status == MemberStatus.Applicant, ct);
    }
}
