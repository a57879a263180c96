namespace Mutual.Domain.Common;

/// <summary>An expected business failure, with a message a secretary can act on.</summary>
public abstract record DomainError(string Message);
