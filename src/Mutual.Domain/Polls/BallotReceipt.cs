namespace Mutual.Domain.Polls;

/// <summary>
/// The random code a voter gets for their ballot (issue 4 point 3). It is stored only on the ballot,
/// so the published results list every receipt beside its ballot and each voter can check theirs.
/// </summary>
public sealed record BallotReceipt(string Code);
