namespace Mutual.Domain.Polls;

/// <summary>How a member on the voter roll voted, kept apart from the ballot itself (issue 4 point 3).</summary>
public enum VotedBy
{
    Online,
    Paper,
    Proxy,
}
