namespace Mutual.Domain.Meetings;

/// <summary>
/// The directors who retire by rotation at an AGM (DOMAIN D2), in order, and the seed of the lot
/// that settled any tie, so the draw can be repeated and checked. Retiring directors may stand again.
/// </summary>
public sealed record RotationDraw(IReadOnlyList<Director> Retiring, bool FirstAgm, int Seed, bool LotDecided)
{
    public int Vacancies => Retiring.Count;
}
