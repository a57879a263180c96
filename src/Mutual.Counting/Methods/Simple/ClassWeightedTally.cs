namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// Multi-stakeholder weighted voting (DOMAIN.md C10): each membership class carries a weight, the
/// weights sum to exactly 1, and <c>result = Σ weight_c × yes_share_c</c> where a class's yes share
/// is its votes for over its votes for and against. A class in which nobody voted for or against
/// adds nothing: a resolution cannot pass on the strength of a class that did not vote for it.
/// Computed as an exact fraction and judged against the threshold like any resolution.
/// </summary>
public static class ClassWeightedTally
{
    public static ClassWeightedResult Count(IReadOnlyList<ClassVotes> classes, ResolutionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(threshold);
        var weights = ExactFraction.Zero;
        var result = ExactFraction.Zero;
        foreach (var c in classes)
        {
            if (c.For < 0 || c.Against < 0) throw new ArgumentOutOfRangeException(nameof(classes), $"Class {c.Name} has negative votes.");
            if (c.Weight < ExactFraction.Zero) throw new ArgumentOutOfRangeException(nameof(classes), $"Class {c.Name} has a negative weight.");
            weights += c.Weight;
            var cast = c.For + c.Against;
            if (cast > 0m) result += c.Weight * (ExactFraction.FromDecimal(c.For) / cast);
        }

        if (weights != new ExactFraction(1, 1))
            throw new ArgumentException($"Class weights must sum to 1; they sum to {weights}.", nameof(classes));

        // An exact half is a tie, and a tie is lost (C5) whatever the threshold.
        var carried = result != new ExactFraction(1, 2) && threshold.IsMetBy(result);
        return new ClassWeightedResult(result, threshold, carried);
    }
}

/// <summary>One class's votes for and against (abstentions are not counted) and its weight.</summary>
public sealed record ClassVotes(string Name, ExactFraction Weight, decimal For, decimal Against);

/// <summary>The weighted share in favour, exact, and whether it carried.</summary>
public sealed record ClassWeightedResult(ExactFraction Result, ResolutionThreshold Threshold, bool Carried);
