using Mutual.Domain.Members;

namespace Mutual.Web.Features.Members;

public sealed record ApplyRequest(
    string? GivenNames, string? FamilyName, string? PostalAddress, string? Postcode, string? Email, string? Phone,
    IReadOnlyList<string>? Classes, DateOnly? AppliedOn);

public sealed record AdmitRequest(DateOnly? DecidedOn, string? MinuteReference);

public sealed record CeaseRequest(CessationReason? Reason, DateOnly? CeasedOn, string? Note);
