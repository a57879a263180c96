using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Web.Features.Members;

public sealed record MemberResponse(
    Guid Id,
    int? MembershipNumber,
    string GivenNames,
    string FamilyName,
    string PostalAddress,
    string Postcode,
    string? Email,
    string? Phone,
    MemberStatus Status,
    IReadOnlyList<string> Classes,
    DateOnly? AppliedOn,
    DateOnly? AdmittedOn,
    DateOnly? CeasedOn,
    CessationReason? CessationReason,
    IReadOnlyList<StatusChangeResponse> History);

public sealed record StatusChangeResponse(MemberStatus Status, DateOnly EffectiveOn, DateTimeOffset RecordedAt, CessationReason? CessationReason, string? Note);

public sealed record MemberSummaryResponse(Guid Id, int? MembershipNumber, string Name, string Postcode, MemberStatus Status);

public static class MemberResponses
{
    public static MemberResponse ToResponse(this Member m) => new(
        m.Id.Value, m.MembershipNumber, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode, m.Email, m.Phone, m.Status,
        m.ClassKeys, m.AppliedOn, m.AdmittedOn, m.CeasedOn, m.CessationReason,
        [.. m.StatusHistory.Select(h => new StatusChangeResponse(h.Status, h.EffectiveOn, h.RecordedAt, h.CessationReason, h.Note))]);

    public static MemberSummaryResponse ToResponse(this MemberSummary m) =>
        new(m.Id.Value, m.MembershipNumber, m.DisplayName, m.Postcode, m.Status);
}
