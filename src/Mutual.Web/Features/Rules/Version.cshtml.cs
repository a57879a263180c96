using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Rules;

/// <summary>One stored version of the rules, as adopted, with the checker's verdict on it.</summary>
public sealed class VersionModel(RulesHistory history) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute(Name = "version")]
    public int Number { get; set; }

    public RulesVersion Stored { get; private set; } = null!;

    public RulesVerdict Verdict { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await history.GetAsync(HttpContext.Society().Id, Number, ct) is not { } stored) return NotFound();
        (Stored, Verdict) = (stored, RulesVerdict.Of(stored.Yaml));
        return Page();
    }

    public async Task<IActionResult> OnGetYamlAsync(CancellationToken ct) =>
        await history.GetAsync(HttpContext.Society().Id, Number, ct) is { } stored
            ? File(Encoding.UTF8.GetBytes(stored.Yaml), "application/yaml", $"{Slug}-rules-v{stored.Version}.yaml")
            : NotFound();
}
