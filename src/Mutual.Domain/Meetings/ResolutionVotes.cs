using System.Globalization;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

/// <summary>
/// The numbers on a resolution and whether it passed (DOMAIN C5, C7): abstentions are reported but
/// are not votes cast, and a tie is lost. Votes are decimal because class weights (C10) make them fractional.
/// </summary>
public sealed record ResolutionVotes(decimal For, decimal Against, decimal Abstentions, ResolutionThreshold Threshold)
{
    public decimal Cast => For + Against;

    public bool Passed => Threshold.IsPassedBy(For, Cast);

    public string Describe()
    {
        var share = Cast == 0 ? "no votes cast" : $"{Math.Round(For * 100m / Cast, 1).ToString("0.#", CultureInfo.InvariantCulture)}% of votes cast";
        return $"{(Passed ? "carried" : "lost")}, {N(For)} for and {N(Against)} against ({share}; {Threshold} needed), {N(Abstentions)} abstaining.";
    }

    private static string N(decimal votes) => votes.ToString("0.####", CultureInfo.InvariantCulture);
}
