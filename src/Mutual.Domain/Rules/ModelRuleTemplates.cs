using Mutual.Domain.Common;
using Mutual.Domain.Rules.Templates;

namespace Mutual.Domain.Rules;

/// <summary>
/// Model rules a new society starts from (DESIGN capability 1): each a complete, valid
/// <see cref="SocietyRules"/> that the founders then adapt, with a placeholder name to replace.
/// </summary>
public static class ModelRuleTemplates
{
    private static readonly Dictionary<string, Func<SocietyRules>> Templates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["co-operative"] = CoOperativeTemplate.Create,
        ["community-benefit"] = CommunityBenefitTemplate.Create,
        ["multi-stakeholder"] = MultiStakeholderTemplate.Create,
        ["worker-co-operative"] = WorkerCoOperativeTemplate.Create,
        ["public-service-mutual"] = PublicServiceMutualTemplate.Create,
    };

    public static IReadOnlyList<string> Names { get; } = [.. Templates.Keys];

    public static Result<SocietyRules> Get(string name) =>
        Templates.TryGetValue(name.Trim(), out var create) ? create() : new UnknownRuleTemplate(name, Names);
}
