using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// Checks a society's rules against the statute and against themselves (DOMAIN A–F). Errors are
/// things the law or the rules' own logic forbid; warnings are lawful but unusual choices a
/// secretary should confirm. Each violation names its field path and the DOMAIN rule.
/// </summary>
public static partial class RulesValidator
{
    public static IReadOnlyList<RuleViolation> Validate(SocietyRules rules)
    {
        var found = new ViolationCollector();
        CheckIdentity(rules, found);
        CheckMembership(rules, found);
        CheckClasses(rules, found);
        CheckMeetings(rules.Meetings, found);
        CheckBoard(rules.Board, found);
        CheckShares(rules, found);
        CheckWithdrawal(rules.Withdrawal, found);
        CheckProfits(rules, found);
        return found.Violations;
    }

    /// <summary>The rules themselves when they have no errors, otherwise <see cref="RulesInvalid"/>.</summary>
    public static Result<SocietyRules> Adoptable(SocietyRules rules)
    {
        var violations = Validate(rules);
        return violations.HasErrors() ? new RulesInvalid(violations) : rules;
    }

    private static void CheckIdentity(SocietyRules rules, ViolationCollector found)
    {
        var name = rules.Name.Trim();
        if (name.Length == 0)
        {
            found.Error("name", "Enter the society's registered name.", "DOMAIN A5");
        }
        else if (!EndsWithLimited(name) && !rules.NameExemptFromLimited)
        {
            found.Warning("name", $"The name \"{name}\" should end with \"Limited\" (or \"Cyfyngedig\" in Wales) unless the FCA has exempted the society.", "DOMAIN A6");
        }

        if (rules.NameExemptFromLimited && rules.LegalForm != LegalForm.CommunityBenefit)
            found.Warning("nameExemptFromLimited", "Only a wholly charitable society can be exempted from ending its name with \"Limited\".", "DOMAIN A6");

        if (string.IsNullOrWhiteSpace(rules.Objects))
            found.Error("objects", "State the society's objects: the rules must set them out.", "DOMAIN A5");
    }

    private static bool EndsWithLimited(string name) =>
        name.EndsWith(" Limited", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" Cyfyngedig", StringComparison.OrdinalIgnoreCase);
}
