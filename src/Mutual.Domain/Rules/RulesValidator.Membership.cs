using System.Text.RegularExpressions;
using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

public static partial class RulesValidator
{
    private static void CheckMembership(SocietyRules rules, ViolationCollector found)
    {
        var membership = rules.Membership;
        var statutoryMinimum = membership.AllMembersAreSocieties ? StatutoryLimits.MinimumMembersAllSocieties : StatutoryLimits.MinimumMembers;
        if (membership.MinimumMembers < statutoryMinimum)
        {
            found.Error("membership.minimumMembers",
                $"A society needs at least {statutoryMinimum} members{(membership.AllMembersAreSocieties ? " when all are registered societies" : " (2 only if both are registered societies)")}; the rules say {membership.MinimumMembers}.",
                "DOMAIN A2");
        }

        if (membership.MinimumAge < 0)
            found.Error("membership.minimumAge", "The minimum age cannot be negative.", "DOMAIN B8");
        if (membership.FormerMemberRetentionYears < 0)
            found.Error("membership.formerMemberRetentionYears", "Former members' entries must be kept for zero or more years.", "DOMAIN B7");
    }

    private static void CheckClasses(SocietyRules rules, ViolationCollector found)
    {
        var classes = rules.MembershipClasses;
        if (classes.Count == 0)
        {
            found.Error("membershipClasses", "Define at least one membership class: the rules must say who may be admitted.", "DOMAIN A5");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < classes.Count; i++)
        {
            var c = classes[i];
            var at = $"membershipClasses[{i}]";
            if (!KeyPattern().IsMatch(c.Key))
                found.Error($"{at}.key", $"The class key \"{c.Key}\" can only use lower-case letters, digits and hyphens, like \"worker\".", "DOMAIN B10");
            else if (!seen.Add(c.Key))
                found.Error($"{at}.key", $"Two classes share the key \"{c.Key}\"; each class needs its own.", "DOMAIN B10");
            if (string.IsNullOrWhiteSpace(c.Name))
                found.Error($"{at}.name", "Give the class a name.", "DOMAIN B10");
            if (c.VotesPerMember < 1)
                found.Error($"{at}.votesPerMember", "Every member has at least one vote.", "DOMAIN C6");
            else if (c.VotesPerMember > 1)
                found.Warning($"{at}.votesPerMember", $"Members of \"{c.Key}\" get {c.VotesPerMember} votes each; co-operatives and community benefit societies use one member one vote.", "DOMAIN C6, A4");
        }

        CheckWeights(classes, found);
    }

    private static void CheckWeights(EquatableList<MembershipClass> classes, ViolationCollector found)
    {
        if (classes.All(c => c.Weight is null)) return;

        for (var i = 0; i < classes.Count; i++)
        {
            var at = $"membershipClasses[{i}].weight";
            if (classes[i].Weight is not { } weight)
            {
                found.Error(at, $"Class \"{classes[i].Key}\" has no weight: in weighted voting every class needs one.", "DOMAIN C10");
                continue;
            }

            if (weight <= Ratio.Zero || weight > Ratio.One)
                found.Error(at, $"A class weight must be more than 0% and at most 100%; \"{classes[i].Key}\" has {weight}.", "DOMAIN C10");
            if (classes[i].IsInvestor && weight >= Ratio.Percent(50))
                found.Warning(at, $"Investors carry {weight} of every vote: a co-operative must not exist mainly for investors' returns.", "DOMAIN A3");
            else if (classes[i].IsInvestor && weight > StatutoryLimits.InvestorWeightCap)
                found.Warning(at, $"Investors carry {weight} of every vote; the usual cap is {StatutoryLimits.InvestorWeightCap}.", "DOMAIN C10");
        }

        var weights = classes.Select(c => c.Weight).OfType<Ratio>().ToArray();
        if (weights.Length < classes.Count) return;
        try
        {
            var total = Ratio.Sum(weights);
            if (total != Ratio.One)
                found.Error("membershipClasses", $"Class weights must add up to 100%; they add up to {total}.", "DOMAIN C10");
        }
        catch (OverflowException)
        {
            found.Error("membershipClasses", "Class weights must add up to 100%; these fractions are too fine to add exactly. Use percentages.", "DOMAIN C10");
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex KeyPattern();
}
