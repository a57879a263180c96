using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

/// <summary>
/// A minimal register of directors (DOMAIN B4 officers, D2 rotation): who serves and when they were
/// last elected. Enough to work out who retires by rotation; a fuller register of officers may replace it.
/// </summary>
public sealed class DirectorRecord
{
    // For EF Core.
    private DirectorRecord() => Name = "";

    public DirectorRecord(SocietyId societyId, MemberId memberId, string name, DateOnly electedOn)
    {
        Id = Guid.CreateVersion7();
        SocietyId = societyId;
        MemberId = memberId;
        Name = name;
        ElectedOn = electedOn;
    }

    public Guid Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public MemberId MemberId { get; private set; }

    public string Name { get; private set; }

    public DateOnly ElectedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public Director ToDirector() => new(MemberId, Name, ElectedOn);
}
