using Mutual.Domain.Common;

namespace Mutual.Data.Polls;

/// <summary>
/// What a certified result changes beyond the poll (the minutes of the meeting it decides, the
/// register of directors), run in the certification's transaction: a refusal here undoes the certification.
/// </summary>
public interface IPollCertified
{
    Task<DomainError?> CertifiedAsync(PollCount counted, string actor, CancellationToken cancellationToken);
}
