using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>
/// What an AGM's board election does to the register of directors (DOMAIN D1, D2): the elected who
/// were not serving join; serving directors elected again start a new term; and each seat filled by
/// someone other than a retiring director is given up by the next retiring director in rotation
/// order. A retiring director whose seat nobody filled serves on until it is filled (a co-option,
/// D3, or the next election).
/// </summary>
public sealed record BoardChanges(IReadOnlyList<MemberId> Joining, IReadOnlyList<MemberId> Reelected, IReadOnlyList<MemberId> Leaving)
{
    public static BoardChanges After(IReadOnlyCollection<MemberId> serving, IReadOnlyList<MemberId> retiring, IReadOnlyList<MemberId> elected)
    {
        ArgumentNullException.ThrowIfNull(serving);
        ArgumentNullException.ThrowIfNull(retiring);
        ArgumentNullException.ThrowIfNull(elected);
        var filledByOthers = elected.Count(e => !retiring.Contains(e));
        var leaving = retiring.Where(r => serving.Contains(r) && !elected.Contains(r)).Take(filledByOthers).ToList();
        return new BoardChanges([.. elected.Where(e => !serving.Contains(e))], [.. elected.Where(serving.Contains)], leaving);
    }
}
