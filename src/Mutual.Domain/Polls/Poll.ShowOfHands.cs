using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Polls;

public sealed partial class Poll
{
    private readonly List<ClassShowOfHands> _handsByClass = [];

    /// <summary>The show of hands class by class, when the rules weight the classes (C10); empty otherwise.</summary>
    public IReadOnlyList<ClassShowOfHands> HandsByClass => _handsByClass.AsReadOnly();

    /// <summary>
    /// C6: one set of totals, for a society whose rules give the classes no weights. Where they do,
    /// hands must be counted class by class, or the weighting (C10) could not be applied to them.
    /// </summary>
    public Result<ShowOfHands> RecordShowOfHands(ShowOfHands hands, SocietyRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.IsWeighted) return new ShowOfHandsByClassRequired();
        var recorded = RecordShowOfHands(hands);
        if (recorded.IsSuccess) _handsByClass.Clear();
        return recorded;
    }

    /// <summary>C6 with C10: the hands in each of the rules' classes; <see cref="ShowOfHands"/> holds their sum.</summary>
    public Result<ShowOfHands> RecordShowOfHands(IReadOnlyList<ClassShowOfHands> byClass, SocietyRules rules)
    {
        ArgumentNullException.ThrowIfNull(byClass);
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules.IsWeighted) return new ShowOfHandsByClassNotUsed();
        if (byClass.FirstOrDefault(h => rules.FindClass(h.ClassKey) is null) is { } unknown)
            return new ShowOfHandsInvalid($"the rules have no class \"{unknown.ClassKey}\"; use {string.Join(", ", rules.MembershipClasses.Select(c => c.Key))}.");
        if (byClass.GroupBy(h => h.ClassKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return new ShowOfHandsInvalid($"class \"{twice.Key}\" is given twice.");

        var total = new ShowOfHands(byClass.Sum(h => h.For), byClass.Sum(h => h.Against), byClass.Sum(h => h.Abstain));
        if (byClass.Any(h => h.For < 0 || h.Against < 0 || h.Abstain < 0)) return new ShowOfHandsInvalid("counts cannot be negative.");
        var recorded = RecordShowOfHands(total);
        if (recorded.IsSuccess)
        {
            _handsByClass.Clear();
            _handsByClass.AddRange(byClass.OrderBy(h => h.ClassKey, StringComparer.Ordinal));
        }

        return recorded;
    }
}
