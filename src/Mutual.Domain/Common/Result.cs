namespace Mutual.Domain.Common;

/// <summary>
/// The outcome of a domain operation: a value, or the <see cref="DomainError"/> that explains why
/// the rules refused it. Exceptions are kept for bugs.
/// </summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
        Error = null;
    }

    private Result(DomainError error)
    {
        _value = default;
        Error = error;
    }

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Message}");

#pragma warning disable CA2225 // The implicit conversions are the point: `return error;` or `return value;`.
    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(DomainError error) => new(error);
#pragma warning restore CA2225
}
