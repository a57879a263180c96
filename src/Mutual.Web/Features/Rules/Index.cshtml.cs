using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Rules;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Rules;

// Every member may read the rules they are bound by.
public sealed class IndexModel(RulesStore store) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public SocietyRules Rules { get; private set; } = null!;

    public int Version { get; private set; }

    public DateTimeOffset AdoptedAt { get; private set; }

    public bool CanChange { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        var current = await CurrentRules.LoadAsync(store, society.Id, ct);
        (Rules, Version, AdoptedAt, CanChange) = (current.Rules, current.Version, current.AdoptedAt, society.IsSecretary);
    }

    public async Task<IActionResult> OnGetYamlAsync(CancellationToken ct)
    {
        var current = await CurrentRules.LoadAsync(store, HttpContext.Society().Id, ct);
        return File(Encoding.UTF8.GetBytes(current.Yaml), "application/yaml", $"{Slug}-rules-v{current.Version}.yaml");
    }
}
