namespace Mutual.Domain.Polls;

/// <summary>
/// A poll's life (DOMAIN C6, issue 4 point 7): drafted, opened with the voter roll frozen, closed
/// by the returning officer (only then may anyone see results), certified after the count.
/// </summary>
public enum PollState
{
    Draft,
    Open,
    Closed,
    Certified,
}
