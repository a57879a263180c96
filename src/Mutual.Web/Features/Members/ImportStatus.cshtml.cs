using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class ImportStatusModel(ImportJobs jobs) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(Guid jobId)
    {
        var job = jobs.Find(jobId, HttpContext.Society().Society.Slug);
        if (job is null) return NotFound();
        Job = job;
        return Page();
    }
}
