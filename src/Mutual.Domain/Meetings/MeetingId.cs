namespace Mutual.Domain.Meetings;

public readonly record struct MeetingId(Guid Value)
{
    public static MeetingId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
