using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Domain.Common;

namespace Mutual.Web.Features.Shared;

public static class PageModelExtensions
{
    /// <summary>Shows a domain refusal beside the field it concerns (or at the top when it concerns no one field).</summary>
    public static void AddError(this PageModel page, DomainError error, string field = "") =>
        page.ModelState.AddModelError(field, error.Message);

    /// <summary>Who did it, for the audit trail.</summary>
    public static string Actor(this PageModel page) => page.User.Identity?.Name ?? "anonymous";
}
