using Mutual.Domain.Common;
using Mutual.Domain.Members;

namespace Mutual.Data;

public sealed record SocietySlugTaken(string Slug)
    : DomainError($"A society with the short name \"{Slug}\" already exists here. Choose another.");

public sealed record SocietyNotFound(string Slug) : DomainError($"There is no society \"{Slug}\" here.");

public sealed record MemberNotFound(MemberId Id) : DomainError("There is no such member in this society's register.");

public sealed record SocietyHasNoRules() : DomainError("This society has no rules adopted yet.");
