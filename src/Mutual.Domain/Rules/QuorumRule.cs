using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// The quorum of a general meeting as an expression (DOMAIN C4): a minimum count, a percentage of
/// members, or both, taking the greater (GD r.39: max(3, 25%)) or the lesser ("10% or 100").
/// With <see cref="EachClass"/> the rule must also be met within every membership class.
/// </summary>
public sealed record QuorumRule
{
    public int MinimumCount { get; init; } = 3;

    public Ratio? Percentage { get; init; } = Ratio.Percent(25);

    public QuorumCombination Combination { get; init; } = QuorumCombination.GreaterOf;

    public bool EachClass { get; init; }

    /// <summary>How many members must be present when the society has <paramref name="members"/>.</summary>
    public int Required(int members)
    {
        if (Percentage is not { } percentage) return MinimumCount;
        var byPercentage = percentage.CeilingOf(members);
        return Combination == QuorumCombination.GreaterOf
            ? Math.Max(MinimumCount, byPercentage)
            : Math.Min(MinimumCount, byPercentage);
    }

    public bool IsMet(int present, int members) => present >= Required(members);

    /// <summary>
    /// Whether a meeting is quorate counting every class together and, with <see cref="EachClass"/>,
    /// also within each class that has members.
    /// </summary>
    public bool IsMet(IReadOnlyCollection<ClassAttendance> attendance)
    {
        if (!IsMet(attendance.Sum(a => a.Present), attendance.Sum(a => a.Members))) return false;
        return !EachClass || attendance.Where(a => a.Members > 0).All(a => IsMet(a.Present, a.Members));
    }
}

public enum QuorumCombination
{
    GreaterOf,
    LesserOf,
}
