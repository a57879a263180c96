using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods;

/// <summary>A counting rule: the same election and options always give the same result.</summary>
public interface ICountingMethod
{
    /// <summary>The name used on the command line and in results, e.g. <c>scottish-stv</c>.</summary>
    string Name { get; }

    CountResult Count(Election election, CountOptions options);
}

/// <summary>Seats override the election's own; the seed drives ties broken by lot.</summary>
public sealed record CountOptions(int? Seats = null, ulong Seed = 1);
