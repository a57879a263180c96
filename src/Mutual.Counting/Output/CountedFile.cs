using Mutual.Counting.Results;

namespace Mutual.Counting.Output;

/// <summary>A result together with the ballot file it was counted from, as every writer prints it.</summary>
public sealed record CountedFile(string File, CountResult Result);
