using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

public sealed partial class Meeting
{
    /// <summary>
    /// Adds an item before notice goes out (C2). A resolution to become a company needs two months'
    /// notice (C9), so adding one is refused when the date no longer allows it.
    /// </summary>
    public Result<AgendaItem> AddItem(AgendaItemDraft draft, MeetingRules rules)
    {
        if (Require(MeetingState.Called, "change the agenda") is { } wrong) return wrong;
        if (NoticeSent) return new AgendaFixedOnceNoticeSent();
        if (string.IsNullOrWhiteSpace(draft.Title)) return new AgendaItemTitleRequired();

        var item = Append(draft);
        if (CheckNotice(rules, NoticeAt, NoticeMethod) is { } tooShort)
        {
            _agenda.Remove(item);
            return tooShort;
        }

        return item;
    }

    public Result<AgendaItem> RemoveItem(Guid itemId)
    {
        if (Require(MeetingState.Called, "change the agenda") is { } wrong) return wrong;
        if (NoticeSent) return new AgendaFixedOnceNoticeSent();
        if (_agenda.Find(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        _agenda.Remove(item);
        for (var i = 0; i < _agenda.Count; i++) _agenda[i].Number = i + 1;
        return item;
    }

    /// <summary>Links the poll that decides a resolution or election on the agenda.</summary>
    public Result<AgendaItem> LinkPoll(Guid itemId, Guid pollId)
    {
        if (_agenda.Find(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        item.PollId = pollId;
        return item;
    }

    private AgendaItem Append(AgendaItemDraft draft)
    {
        var item = new AgendaItem(Guid.CreateVersion7(), _agenda.Count + 1, draft);
        _agenda.Add(item);
        return item;
    }
}
