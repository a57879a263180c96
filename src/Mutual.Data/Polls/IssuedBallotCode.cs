using Mutual.Domain.Members;

namespace Mutual.Data.Polls;

/// <summary>
/// A single-use ballot code issued to one member when a poll opens. Only its hash is stored, so
/// this is the one chance to email or print it.
/// </summary>
public sealed record IssuedBallotCode(MemberId MemberId, string Code);
