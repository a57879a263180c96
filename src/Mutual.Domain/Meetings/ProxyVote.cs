namespace Mutual.Domain.Meetings;

/// <summary>A proxy's direction on one resolution (DOMAIN C6); an item with no direction is left to the holder.</summary>
public enum ProxyVote
{
    For,
    Against,
    Abstain,
}
