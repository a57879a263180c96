namespace Mutual.Web.Features.Shared;

/// <summary>A choice of one membership class from the society's rules.</summary>
public sealed record ClassChoice(string Name, IReadOnlyList<(string Key, string Name)> Options, string? Selected);
