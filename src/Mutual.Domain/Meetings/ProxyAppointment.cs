using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>
/// A member's appointment of a proxy for one meeting (DOMAIN C6, only if the rules allow): the
/// chair or another member, directed how to vote on some or all resolutions or left to their
/// discretion. It is revoked by the member, or by the member attending themselves.
/// </summary>
public sealed class ProxyAppointment
{
    // For EF Core.
    private ProxyAppointment()
    {
        AppointerName = "";
        HolderName = "";
        DirectionList = "";
    }

    internal ProxyAppointment(MeetingMember appointer, MeetingMember? holder, IReadOnlyDictionary<Guid, ProxyVote> directions, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        AppointerId = appointer.Id;
        AppointerName = appointer.Name;
        AppointerClassKeyList = string.Join(',', appointer.ClassKeys);
        HolderId = holder?.Id;
        HolderName = holder?.Name ?? ChairName;
        DirectionList = string.Join(',', directions.Select(d => $"{d.Key:N}:{d.Value}"));
        AppointedAt = at;
    }

    public const string ChairName = "the chair of the meeting";

    public Guid Id { get; private set; }

    public MemberId AppointerId { get; private set; }

    public string AppointerName { get; private set; }

    public string AppointerClassKeyList { get; private set; } = "";

    /// <summary>The member who holds the proxy; null when it is the chair of the meeting.</summary>
    public MemberId? HolderId { get; private set; }

    public string HolderName { get; private set; }

    public DateTimeOffset AppointedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBecause { get; private set; }

    /// <summary>Directions as "item:vote" pairs, comma-separated for storage.</summary>
    public string DirectionList { get; private set; }

    public bool IsChair => HolderId is null;

    public bool IsActive => RevokedAt is null;

    public bool IsDiscretionary => DirectionList.Length == 0;

    public IReadOnlyList<string> AppointerClassKeys => AppointerClassKeyList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyDictionary<Guid, ProxyVote> Directions =>
        DirectionList.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToDictionary(p => Guid.ParseExact(p[0], "N"), p => Enum.Parse<ProxyVote>(p[1]));

    internal void Revoke(DateTimeOffset at, string because)
    {
        RevokedAt = at;
        RevokedBecause = because;
    }

    internal ProxyAppointment CopyForAdjournment() => new()
    {
        Id = Guid.CreateVersion7(),
        AppointerId = AppointerId,
        AppointerName = AppointerName,
        AppointerClassKeyList = AppointerClassKeyList,
        HolderId = HolderId,
        HolderName = HolderName,
        DirectionList = DirectionList,
        AppointedAt = AppointedAt,
    };
}
