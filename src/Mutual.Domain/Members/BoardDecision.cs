namespace Mutual.Domain.Members;

/// <summary>
/// A board resolution on an application (DOMAIN B10): the day it was made and, where the minutes
/// number their items, the minute that records it.
/// </summary>
public sealed record BoardDecision(DateOnly DecidedOn, string? MinuteReference = null);
