using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

public sealed partial class Meeting
{
    /// <summary>C6: the last moment a proxy may be appointed, the hours the rules set before the meeting.</summary>
    public DateTimeOffset ProxyDeadline(MeetingRules rules) => StartsAt.AddHours(-rules.ProxyDeadlineHours);

    /// <summary>
    /// C6: <paramref name="appointer"/> appoints the chair (<paramref name="holder"/> null) or another
    /// member, with directions on some resolutions (the rest left to the holder). Only if the rules
    /// allow proxies, before the deadline, and within the limit a member may hold (the chair has none).
    /// </summary>
    public Result<ProxyAppointment> AppointProxy(
        MeetingMember appointer, MeetingMember? holder, IReadOnlyDictionary<Guid, ProxyVote> directions, MeetingRules rules, DateTimeOffset now)
    {
        if (!rules.ProxiesAllowed) return new ProxiesNotAllowed();
        if (Require(MeetingState.Called, "appoint a proxy") is { } wrong) return wrong;
        if (now > ProxyDeadline(rules)) return new ProxyDeadlinePassed(ProxyDeadline(rules));
        if (holder?.Id == appointer.Id) return new ProxyForSelf();
        if (ActiveProxyOf(appointer.Id) is not null) return new ProxyAlreadyAppointed();
        if (holder is not null && rules.MaximumProxiesPerHolder is { } limit && ActiveProxiesHeldBy(holder.Id).Count() >= limit)
            return new ProxyLimitReached(holder.Name, limit);
        foreach (var itemId in directions.Keys)
        {
            if (_agenda.Find(i => i.Id == itemId) is not { } item || !item.Kind.IsResolution()) return new ProxyDirectionNotResolution(itemId);
        }

        var proxy = new ProxyAppointment(appointer, holder, directions, now);
        _proxies.Add(proxy);
        return proxy;
    }

    /// <summary>C6: the member withdraws their proxy, at any time before the meeting opens.</summary>
    public Result<ProxyAppointment> RevokeProxy(MemberId appointer, DateTimeOffset now)
    {
        if (Require(MeetingState.Called, "revoke a proxy") is { } wrong) return wrong;
        if (ActiveProxyOf(appointer) is not { } proxy) return new ProxyNotFound();
        proxy.Revoke(now, "revoked by the member");
        return proxy;
    }

    public ProxyAppointment? ActiveProxyOf(MemberId appointer) => _proxies.Find(p => p.IsActive && p.AppointerId == appointer);

    /// <summary>The current proxies a member holds; with no member, those held by the chair.</summary>
    public IEnumerable<ProxyAppointment> ActiveProxiesHeldBy(MemberId? holder) => _proxies.Where(p => p.IsActive && p.HolderId == holder);
}
