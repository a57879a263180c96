namespace Mutual.Counting.Results;

/// <summary>
/// One stage of a count, as a round sheet prints it: what happened (first preferences, the
/// surplus of a candidate, an exclusion), each candidate's total after the stage and the change
/// it brought, the votes that became non-transferable, and who was elected or excluded.
/// Lists are indexed by 0-based candidate number.
/// </summary>
public sealed record Stage(
    int Number,
    StageKind Kind,
    string Description,
    IReadOnlyList<decimal> Totals,
    IReadOnlyList<decimal> Transfers,
    decimal NonTransferable,
    decimal NonTransferableChange,
    IReadOnlyList<CandidateState> States,
    IReadOnlyList<int> Elected,
    IReadOnlyList<int> Excluded)
{
    /// <summary>Candidates whose surplus or votes were transferred at this stage.</summary>
    public IReadOnlyList<int> From { get; init; } = [];

    /// <summary>Quota in force at this stage (Meek's quota changes as votes become exhausted).</summary>
    public decimal? Quota { get; init; }

    /// <summary>
    /// Value lost so far to rounding or truncation (fixed-point rules), so that elected +
    /// continuing + non-transferable + residual = valid votes at every stage.
    /// </summary>
    public decimal Residual { get; init; }

    public string? Note { get; init; }
}

public enum StageKind
{
    FirstPreferences,
    Surplus,
    Exclusion,
    Iteration,
    Final,
}

public enum CandidateState
{
    Continuing,
    Elected,
    Excluded,
    Withdrawn,
}
