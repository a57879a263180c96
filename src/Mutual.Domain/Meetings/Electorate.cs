namespace Mutual.Domain.Meetings;

/// <summary>
/// How many current members the society has, in all and in each class, for the quorum (DOMAIN C4).
/// A member in two classes counts once in all and once in each of their classes.
/// </summary>
public sealed record Electorate(int Members, IReadOnlyDictionary<string, int> ClassMembers)
{
    public static Electorate Of(IEnumerable<MeetingMember> members)
    {
        var list = members.ToList();
        return new Electorate(
            list.Count,
            list.SelectMany(m => m.ClassKeys).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
    }
}
