using Mutual.Data;
using Mutual.Data.Societies;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Societies;

/// <summary>Creates a society from a model-rules template and makes its creator the secretary.</summary>
public sealed class SocietyCreation(SocietyDirectory directory, MutualDbContext db)
{
    public async Task<Result<Society>> CreateAsync(NewSocietyInput input, Guid userId, string actor, CancellationToken ct)
    {
        var created = await directory.CreateAsync(input.Slug.Trim(), input.Name, input.Template, actor, ct);
        if (created.Error is { } error) return error;

        db.SocietyRoles.Add(new SocietyRoleAssignment(userId, created.Value.Id, SocietyRole.Secretary));
        await db.SaveChangesAsync(ct);
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
