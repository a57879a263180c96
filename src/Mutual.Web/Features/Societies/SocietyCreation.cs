using Mutual.Data;
using Mutual.Data.Societies;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Societies;

/// <summary>Creates a society from a model-rules template and makes its creator the secretary.</summary>
public sealed class SocietyCreation(SocietyDirectory directory, RoleGrants roles)
{
    public async Task<Result<Society>> CreateAsync(NewSocietyInput input, Guid userId, string actor, CancellationToken ct)
    {
        var created = await directory.CreateAsync(input.Slug.Trim(), input.Name, input.Template, actor, ct);
        if (created.Error is { } error) return error;

        // Through RoleGrants so even the first secretary's role is an audit event like any other grant.
        await roles.GrantAsync(created.Value.Id, userId, SocietyRole.Secretary, null, actor, ct);
        return created.Value;
    }

    /// <summary>The form field a refusal concerns, so the error summary can link to it.</summary>
    public static string FieldFor(DomainError error, string prefix) => error switch
    {
        InvalidSlug => $"{prefix}.Slug",
        SocietyNameRequired => $"{prefix}.Name",
        SocietySlugTaken => $"{prefix}.Slug",
        UnknownRuleTemplate => $"{prefix}.Template",
        RulesInvalid => $"{prefix}.Name",
        _ => "",
    };
}
