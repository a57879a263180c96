namespace Mutual.Domain.Meetings;

/// <summary>
/// Whether a meeting is quorate now (DOMAIN C4): who counts as present (in person, online, and by
/// proxy where the rules count proxies), how many must be, and the same within each class when
/// the rules require a quorum per class. At an adjourned meeting those present are the quorum.
/// </summary>
public sealed record QuorumReport(
    int InPerson, int Online, int ByProxy, int Members, int Required, bool IsAdjourned, IReadOnlyList<ClassQuorum> Classes)
{
    public int Present => InPerson + Online + ByProxy;

    public bool IsMet => Present >= Required && Classes.All(c => c.IsMet);
}

/// <summary>Presence within one membership class, for a quorum the rules require per class.</summary>
public sealed record ClassQuorum(string ClassKey, int Present, int Members, int Required)
{
    public bool IsMet => Present >= Required;
}
