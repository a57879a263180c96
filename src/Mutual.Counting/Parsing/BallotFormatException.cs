namespace Mutual.Counting.Parsing;

/// <summary>
/// A ballot file that cannot be read. <see cref="Line"/> is the 1-based line at fault and the
/// message starts <c>line N:</c> so that it reads well on its own.
/// </summary>
public sealed class BallotFormatException : FormatException
{
    public BallotFormatException(int line, string problem, string? source = null)
        : base(source is null ? $"line {line}: {problem}" : $"line {line}: {problem} (in {source})")
    {
        Line = line;
        Problem = problem;
        Source = source;
    }

    public BallotFormatException()
    {
    }

    public BallotFormatException(string message)
        : base(message)
    {
    }

    public BallotFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    /// <summary>What is wrong, without the line prefix.</summary>
    public string Problem { get; } = "";
}
