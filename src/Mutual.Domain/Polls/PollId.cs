namespace Mutual.Domain.Polls;

/// <summary>A poll: one resolution or one election put to the members (DOMAIN C6–C10, D2).</summary>
public readonly record struct PollId(Guid Value)
{
    public static PollId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
