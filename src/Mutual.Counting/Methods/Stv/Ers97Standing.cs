namespace Mutual.Counting.Methods.Stv;

/// <summary>Where a candidate stands in an ERS97 count.</summary>
internal enum Ers97Standing
{
    Continuing,

    /// <summary>Deemed elected, surplus not yet transferred.</summary>
    ElectedWithSurplus,

    /// <summary>Deemed elected, surplus transferred (or none); holds exactly the quota.</summary>
    ElectedDone,
    Excluded,
    Withdrawn,
}
