using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

public sealed partial class MeetingService
{
    /// <summary>
    /// C6: a current member appoints the chair (<paramref name="holderId"/> null) or another current
    /// member as their proxy, with directions on some resolutions.
    /// </summary>
    public Task<Result<ProxyAppointment>> AppointProxyAsync(
        SocietyId societyId, MeetingId id, MemberId appointerId, MemberId? holderId, IReadOnlyDictionary<Guid, ProxyVote> directions,
        string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.proxy-appointed", actor, async (m, r) =>
            {
                if (await MeetingMembers.CurrentAsync(db, societyId, appointerId, cancellationToken) is not { } appointer) return new NotACurrentMember();
                MeetingMember? holder = null;
                if (holderId is { } h && (holder = await MeetingMembers.CurrentAsync(db, societyId, h, cancellationToken)) is null) return new NotACurrentMember();
                return m.AppointProxy(appointer, holder, directions, r.Meetings, clock.GetUtcNow());
            },
            p => new { p.Id, Appointer = p.AppointerId.Value, Holder = p.HolderId?.Value, p.HolderName, Directed = !p.IsDiscretionary }, cancellationToken);

    public Task<Result<ProxyAppointment>> RevokeProxyAsync(
        SocietyId societyId, MeetingId id, MemberId appointerId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.proxy-revoked", actor, (m, _) => m.RevokeProxy(appointerId, clock.GetUtcNow()),
            p => new { p.Id, Appointer = p.AppointerId.Value }, cancellationToken);
}
