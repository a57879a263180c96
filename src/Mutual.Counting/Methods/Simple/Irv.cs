using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// Instant-runoff voting (the alternative vote) for one seat: each ballot counts for its highest
/// ranked continuing candidate; a candidate with more than half of the votes still in the count
/// wins; otherwise the lowest is excluded and their ballots move on. A tie for lowest goes to the
/// candidate lower at the latest earlier stage where they differed, then to the tie order, then
/// to lot. A ballot whose next continuing rank holds several equal candidates cannot say which
/// it prefers, so it becomes non-transferable there. More than one seat needs STV: this method
/// refuses rather than quietly running a different rule.
/// </summary>
public sealed class Irv : ICountingMethod
{
    public string Name => "irv";

    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var seats = options.Seats ?? election.Seats;
        if (seats != 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                seats,
                $"IRV (alternative vote) fills exactly one seat, but {seats} are to be filled: count {seats} seats with an STV method (scottish-stv, meek or ers97), or count one seat.");
        }

        return new IrvRounds(election, options).Run(Name);
    }
}
