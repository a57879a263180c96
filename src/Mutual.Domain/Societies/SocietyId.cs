namespace Mutual.Domain.Societies;

public readonly record struct SocietyId(Guid Value)
{
    public static SocietyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
