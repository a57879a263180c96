namespace Mutual.Cli.Counting;

/// <summary>How <c>mutual count</c> prints its results (<c>--format</c>).</summary>
public enum CountFormat
{
    Text,
    Json,
    Csv,
}
