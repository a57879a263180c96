namespace Mutual.Domain.Rules;

/// <summary>How many members of one class are present at a general meeting, out of how many (DOMAIN C4).</summary>
public sealed record ClassAttendance(string ClassKey, int Present, int Members);
