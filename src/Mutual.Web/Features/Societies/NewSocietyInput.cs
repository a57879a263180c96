using System.ComponentModel.DataAnnotations;

namespace Mutual.Web.Features.Societies;

public sealed class NewSocietyInput
{
    [Required(ErrorMessage = "Enter the society's registered name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short name for web addresses, like riverside-energy")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Choose the model rules to start from")]
    public string Template { get; set; } = "co-operative";
}
