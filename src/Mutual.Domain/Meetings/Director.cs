using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>A serving director as rotation needs them (DOMAIN D2): who, and when they were last elected.</summary>
public sealed record Director(MemberId MemberId, string Name, DateOnly ElectedOn);
