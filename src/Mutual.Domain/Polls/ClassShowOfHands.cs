namespace Mutual.Domain.Polls;

/// <summary>
/// The chair's count of hands from one membership class (C6, C10): in a society whose rules give
/// the classes weights, each class's hands are weighted like its ballots, so they are counted apart.
/// </summary>
public sealed record ClassShowOfHands(string ClassKey, int For, int Against, int Abstain);
