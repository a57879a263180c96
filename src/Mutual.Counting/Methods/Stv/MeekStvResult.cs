using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// A Meek count and the keep factors behind it: <see cref="KeepFactors"/>[s][c] is candidate c's
/// keep factor at the end of stage s + 1 (1 for a hopeful, 0 once excluded or withdrawn).
/// </summary>
public sealed record MeekStvResult(CountResult Count, IReadOnlyList<IReadOnlyList<decimal>> KeepFactors);
