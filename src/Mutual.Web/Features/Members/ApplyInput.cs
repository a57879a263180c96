using System.ComponentModel.DataAnnotations;

namespace Mutual.Web.Features.Members;

public sealed class ApplyInput
{
    public string GivenNames { get; set; } = "";

    [Required(ErrorMessage = "Enter the family name, or an organisation's registered name")]
    public string FamilyName { get; set; } = "";

    [Required(ErrorMessage = "Enter a postal address")]
    public string PostalAddress { get; set; } = "";

    [Required(ErrorMessage = "Enter a postcode, like GL5 1AB")]
    public string Postcode { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
    public string? Email { get; set; }

    public string? Phone { get; set; }

    [Required(ErrorMessage = "Choose a membership class")]
    public string ClassKey { get; set; } = "";

    [Required(ErrorMessage = "Enter the date of the application, like 2025-03-31")]
    public DateOnly? AppliedOn { get; set; }
}
