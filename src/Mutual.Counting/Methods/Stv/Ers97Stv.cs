using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// STV under the Electoral Reform Society's 1997 rules (Newland and Britton, 3rd edition), as
/// many UK co-operatives use them: quota = valid vote / (places + 1) rounded up to 0.01 (5.1.6),
/// recalculated while nobody is elected (5.4.8); surpluses transferred largest first from the
/// last parcel received at a value truncated to 0.01 (5.3); surpluses deferred while they cannot
/// change who is excluded (5.2.2); the lowest candidates excluded together where their votes and
/// the surpluses cannot lift them above the next (5.2.5), their papers moved parcel by parcel in
/// descending order of value (5.4); election also at the total active vote over the places left
/// plus one (5.1.7 b). Ties go to earlier points of the count, then lot.
/// </summary>
public sealed class Ers97Stv : ICountingMethod
{
    public const string Precision = "2 decimals: quota and threshold rounded up, transfer values truncated (ERS97 5.1.6, 5.3.7)";

    public string Name => "ers97";

    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        return new Ers97Counter(election, options).Run();
    }
}
