using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>What a count decided: a resolution's totals and verdict, or an election's result and round sheet.</summary>
public sealed record PollCount(Poll Poll, ResolutionOutcome? Resolution, ElectionOutcome? Election);
