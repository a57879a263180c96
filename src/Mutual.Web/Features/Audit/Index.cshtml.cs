using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Audit;
using Mutual.Domain.Audit;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Audit;

/// <summary>DESIGN invariant: anyone keeping the register can prove its history has not been edited.</summary>
[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class IndexModel(AuditLog audit, MutualDbContext db) : PageModel
{
    public AuditVerification Verification { get; private set; } = AuditVerification.Intact(0);

    public IReadOnlyList<AuditEvent> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        Verification = await audit.VerifyAsync(society, ct);
        Latest = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SocietyId == society)
            .OrderByDescending(e => e.Sequence)
            .Take(50)
            .ToListAsync(ct);
    }
}
