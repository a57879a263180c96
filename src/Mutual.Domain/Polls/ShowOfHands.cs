namespace Mutual.Domain.Polls;

/// <summary>The chair's count of hands in the room on a resolution (C6): for, against and abstaining.</summary>
public sealed record ShowOfHands(int For, int Against, int Abstain);
