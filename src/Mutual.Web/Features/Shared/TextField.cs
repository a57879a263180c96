namespace Mutual.Web.Features.Shared;

/// <summary>What <c>_TextField</c> needs to draw one labelled input; <see cref="Name"/> is the model-state key.</summary>
public sealed record TextField(string Name, string Label, string? Value, string Type = "text", string? Hint = null, string? Autocomplete = null);
