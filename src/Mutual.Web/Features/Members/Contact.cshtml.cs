using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Members;

/// <summary>DOMAIN B4: a member notifies a new address, email or phone number.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class ContactModel(MemberRegister register) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var member = await register.GetAsync(HttpContext.Society().Id, new MemberId(id), ct);
        if (member is null) return NotFound();
        MemberName = member.Name.Display;
        Input = new ContactInput { PostalAddress = member.PostalAddress, Postcode = member.Postcode, Email = member.Email, Phone = member.Phone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society();
        var member = await register.GetAsync(society.Id, new MemberId(id), ct);
        if (member is null) return NotFound();
        MemberName = member.Name.Display;
        if (!ModelState.IsValid) return Page();

        var result = await register.UpdateContactAsync(
            society.Id, member.Id, new ContactDetails(Input.PostalAddress, Input.Postcode, Input.Email, Input.Phone), this.Actor(), ct);
        if (result.Error is { } error)
        {
            this.AddError(error, MemberFields.For(error));
            return Page();
        }

        TempData["Done"] = "Contact details saved.";
        return Redirect($"/s/{society.Society.Slug}/members/{id}");
    }
}

public sealed class ContactInput
{
    [Required(ErrorMessage = "Enter a postal address")]
    public string PostalAddress { get; set; } = "";

    [Required(ErrorMessage = "Enter a postcode, like GL5 1AB")]
    public string Postcode { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
    public string? Email { get; set; }

    public string? Phone { get; set; }
}
