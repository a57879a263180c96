namespace Mutual.Domain.Polls;

/// <summary>A vote on a resolution. Abstentions are reported but are not votes cast unless the rules say so (C7).</summary>
public enum VoteChoice
{
    For,
    Against,
    Abstain,
}
