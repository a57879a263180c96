using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Rules;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Rules;

/// <summary>Adopting a new version of the rules: the file is checked in full and nothing changes while any problem remains.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class UploadModel(RulesStore store) : PageModel
{
    private const string FileField = "RulesFile";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? rulesFile, CancellationToken ct)
    {
        if (rulesFile is null || rulesFile.Length == 0)
        {
            ModelState.AddModelError(FileField, "Choose a rules file (YAML) to upload");
            return Page();
        }

        string yaml;
        using (var reader = new StreamReader(rulesFile.OpenReadStream())) yaml = await reader.ReadToEndAsync(ct);

        var society = HttpContext.Society();
        var adopted = await store.ImportAsync(society.Id, yaml, this.Actor(), ct);
        if (adopted.Error is RulesYamlInvalid invalid)
        {
            foreach (var problem in invalid.Problems) ModelState.AddModelError(FileField, problem.ToString());
            return Page();
        }

        if (adopted.Error is { } error)
        {
            ModelState.AddModelError(FileField, error.Message);
            return Page();
        }

        TempData["Done"] = "The new version of the rules is adopted.";
        return Redirect($"/s/{society.Society.Slug}/rules");
    }
}
