using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

/// <summary>
/// A term on the board in the register of directors (DOMAIN B4 officers, D2 rotation): who serves,
/// when they were last elected and at which meeting, and when and why they left. Re-election
/// starts a new term on the same record, since rotation counts service from the last election.
/// </summary>
public sealed class DirectorRecord
{
    // For EF Core.
    private DirectorRecord() => Name = "";

    public DirectorRecord(SocietyId societyId, MemberId memberId, string name, DateOnly electedOn, MeetingId? electedAt = null, string? electedBy = null)
    {
        Id = Guid.CreateVersion7();
        SocietyId = societyId;
        MemberId = memberId;
        Name = name;
        ElectedOn = electedOn;
        ElectedAtMeeting = electedAt?.Value;
        ElectedBy = electedBy;
    }

    public Guid Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public MemberId MemberId { get; private set; }

    public string Name { get; private set; }

    public DateOnly ElectedOn { get; private set; }

    /// <summary>The meeting whose election put them on the board this term; null when entered by hand.</summary>
    public Guid? ElectedAtMeeting { get; private set; }

    /// <summary>How they came to serve, in words: the election and meeting, "elected unopposed", or null when entered by hand.</summary>
    public string? ElectedBy { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? LeftBecause { get; private set; }

    public Director ToDirector() => new(MemberId, Name, ElectedOn);

    internal void Reelect(DateOnly on, MeetingId at, string how)
    {
        ElectedOn = on;
        ElectedAtMeeting = at.Value;
        ElectedBy = how;
    }

    internal void Leave(DateOnly on, string because)
    {
        LeftOn = on;
        LeftBecause = because;
    }
}
