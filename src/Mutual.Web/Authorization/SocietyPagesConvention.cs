using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Mutual.Web.Authorization;

/// <summary>
/// Every page whose route names a society (<c>{slug}</c>) needs a role in that society, so a new
/// page is protected without anyone remembering to say so. Pages add stricter policies themselves.
/// </summary>
public sealed class SocietyPagesConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            if (selector.AttributeRouteModel?.Template?.Contains("{slug}", StringComparison.Ordinal) == true)
                selector.EndpointMetadata.Add(new AuthorizeAttribute(SocietyPolicies.AnyRole));
        }
    }
}
