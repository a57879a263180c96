using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mutual.Web.Features.Register;

/// <summary>DOMAIN B5, B6: the inspection copy, without holdings or other property, open to every member.</summary>
public sealed class InspectionModel : PageModel
{
    public IReadOnlyList<string> Headings { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; private set; } = [];

    public void OnGet()
    {
    }
}
