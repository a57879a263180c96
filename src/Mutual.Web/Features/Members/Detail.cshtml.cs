using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class DetailModel(MemberRegister register) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Member Member { get; private set; } = null!;

    public bool IsSecretary { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society();
        var member = await register.GetAsync(society.Id, new MemberId(id), ct);
        if (member is null) return NotFound();
        Member = member;
        IsSecretary = society.IsSecretary;
        return Page();
    }
}
