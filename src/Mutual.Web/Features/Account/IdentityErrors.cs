using Microsoft.AspNetCore.Identity;

namespace Mutual.Web.Features.Account;

public static class IdentityErrors
{
    /// <summary>The form field an Identity problem concerns, so the error summary can link to it.</summary>
    public static string FieldFor(IdentityError error, string prefix) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{prefix}.Password" : $"{prefix}.Email";
}
