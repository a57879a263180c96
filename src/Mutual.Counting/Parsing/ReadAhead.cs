namespace Mutual.Counting.Parsing;

/// <summary>
/// How <see cref="PlainLineReader"/> splits a long run of plain ballot lines: into at most
/// <see cref="Workers"/> stretches of at least <see cref="MinStretchBytes"/>, after reading the
/// first <see cref="ProbeBytes"/> alone. Tests shrink the sizes to split small files.
/// </summary>
internal sealed record ReadAhead(int Workers, int ProbeBytes, int MinStretchBytes)
{
    /// <summary>One stretch per core; below 256 KB a thread's start-up and the merge would eat the gain.</summary>
    public static ReadAhead ForThisMachine { get; } = new(Environment.ProcessorCount, 64 * 1024, 256 * 1024);
}
