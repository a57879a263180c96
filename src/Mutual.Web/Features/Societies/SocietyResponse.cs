using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Societies;

public sealed record SocietyResponse(string Slug, string Name, DateTimeOffset CreatedAt, IReadOnlyList<SocietyRole> Roles);
