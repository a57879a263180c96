using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Scottish STV: the Scottish Local Government Elections Order 2007 (SSI 2007/42), schedule 1
/// rules 45-52. Quota floor(valid / (seats + 1)) + 1 (rule 46); weighted inclusive Gregory
/// transfers, each paper's transfer value and every total to five decimal places with the
/// remainder ignored (rule 48(3)); largest surplus first (49); otherwise the lowest candidate is
/// excluded and all their papers move at the value they arrived with (50); ties by the most
/// recent stage at which the candidates differed, then by lot (49(2)-(3), 51); when the
/// continuing candidates just fill the seats left they are elected (52).
/// A surplus of exactly zero is not a stage, as on the official sheets.
/// </summary>
public sealed class ScottishStv : ICountingMethod
{
    public const int DecimalPlaces = 5;

    public string Name => "scottish-stv";

    public CountResult Count(Election election, CountOptions options)
    {
        var seats = options.Seats ?? election.Seats;
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        return new ScottishStvCount(election, seats, options.Seed).Run(Name);
    }
}
