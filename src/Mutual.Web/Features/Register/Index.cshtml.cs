using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Register;

/// <summary>DOMAIN B4: the statutory register of members, as CSV or PDF.</summary>
[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class IndexModel : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public void OnGet()
    {
    }
}
