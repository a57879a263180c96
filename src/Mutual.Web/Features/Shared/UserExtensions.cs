using System.Security.Claims;

namespace Mutual.Web.Features.Shared;

public static class UserExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("Only a signed-in user has an id.");
}
