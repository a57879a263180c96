namespace Mutual.Domain.Meetings;

/// <summary>One entry in the minutes of a meeting: a decision, an election, an adjournment. Minutes are only ever appended to.</summary>
public sealed record Minute(int Number, DateTimeOffset RecordedAt, MinuteKind Kind, string Text, Guid? AgendaItemId = null);
