namespace Mutual.Counting.Methods.Stv;

/// <summary>Why an iteration of Meek's count stopped (Droop names these the same way).</summary>
internal enum MeekStvStop
{
    Elected,
    Omega,
    Stable,
    SureLosers,
}
