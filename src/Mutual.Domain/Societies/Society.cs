using System.Text.RegularExpressions;
using Mutual.Domain.Common;

namespace Mutual.Domain.Societies;

/// <summary>
/// A registered society (CCBSA 2014, DOMAIN.md A1) hosted on this installation. Its
/// <see cref="Slug"/> names it in URLs (<c>/s/{slug}/...</c>) and on the command line; everything
/// the society owns is scoped by <see cref="Id"/>.
/// </summary>
public sealed partial class Society
{
    private Society(SocietyId id, string slug, string name, DateTimeOffset createdAt)
    {
        Id = id;
        Slug = slug;
        Name = name;
        CreatedAt = createdAt;
    }

    public SocietyId Id { get; private set; }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<Society> Create(string slug, string name, DateTimeOffset now)
    {
        if (!SlugPattern().IsMatch(slug)) return new InvalidSlug(slug);
        if (string.IsNullOrWhiteSpace(name)) return new SocietyNameRequired();
        return new Society(SocietyId.New(), slug, name.Trim(), now);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}

public sealed record InvalidSlug(string Slug)
    : DomainError($"The short name \"{Slug}\" can only use lower-case letters, digits and hyphens, like \"riverside-coop\".");

public sealed record SocietyNameRequired() : DomainError("Enter the society's registered name.");
