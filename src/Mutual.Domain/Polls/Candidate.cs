using Mutual.Domain.Members;

namespace Mutual.Domain.Polls;

/// <summary>A candidate in a board election (D1), numbered from 1 in ballot-paper order.</summary>
public sealed record Candidate(int Number, string Name, string Statement, MemberId? MemberId);
