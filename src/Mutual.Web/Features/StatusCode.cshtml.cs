using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mutual.Web.Features;

public sealed class StatusCodeModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Advice { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Advice) = code switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct."),
            403 => ("You do not have access to this page", "Ask your society's secretary if you think you should."),
            401 => ("You need to log in", "Log in to see this page."),
            _ => ("Sorry, there is a problem", "Try again later."),
        };
    }
}
