using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Societies;

// Any signed-in user may start a society (an adviser sets up several); they become its secretary.
public sealed class CreateModel(SocietyCreation creation) : PageModel
{
    [BindProperty]
    public NewSocietyInput Society { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var created = await creation.CreateAsync(Society, User.UserId(), this.Actor(), ct);
        if (created.Error is { } error)
        {
            this.AddError(error, SocietyCreation.FieldFor(error, nameof(Society)));
            return Page();
        }

        return Redirect($"/s/{created.Value.Slug}");
    }
}
