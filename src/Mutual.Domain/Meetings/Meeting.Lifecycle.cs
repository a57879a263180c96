using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

public sealed partial class Meeting
{
    /// <summary>The chair opens the meeting; the minutes record who was there and whether it was quorate.</summary>
    public Result<Meeting> Open(QuorumReport quorum, DateTimeOffset now)
    {
        if (Require(MeetingState.Called, "open the meeting") is { } wrong) return wrong;
        State = MeetingState.Open;
        Write(MinuteKind.Opened, $"The meeting opened with {Presence(quorum)}; {(quorum.IsMet ? "it was quorate" : "it was not yet quorate")}.", now);
        return this;
    }

    public Result<Meeting> Close(DateTimeOffset now)
    {
        if (Require(MeetingState.Open, "close the meeting") is { } wrong) return wrong;
        State = MeetingState.Closed;
        Write(MinuteKind.Closed, "The meeting closed.", now);
        return this;
    }

    /// <summary>
    /// C4: no quorum once the wait the rules allow has passed, so the meeting stands adjourned to
    /// <paramref name="resumesAt"/>, with the same business and proxies. An adjournment of 14 days or
    /// more needs 7 clear days' notice, counted from now; at the adjourned meeting those present are the quorum.
    /// </summary>
    public Result<Meeting> AdjournForWantOfQuorum(QuorumReport quorum, DateTimeOffset resumesAt, MeetingRules rules, DateTimeOffset now)
    {
        if (State is not (MeetingState.Called or MeetingState.Open)) return new MeetingNotInState(State, "adjourn the meeting");
        if (quorum.IsMet) return new MeetingIsQuorate();
        var waitUntil = StartsAt.AddMinutes(rules.AdjournmentWaitMinutes);
        if (now < waitUntil) return new AdjournmentTooSoon(waitUntil);
        if (resumesAt <= now) return new ResumeNotAfterAdjournment();

        var resumesOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(resumesAt, Zone).DateTime);
        var notice = NoticeRequirement.ForAdjournment(Date, resumesOn);
        if (NoticeDates.Check(notice, now, NoticeMethod.Electronic, resumesOn, rules.Notice, Zone).Error is { } tooShort) return tooShort;

        var adjourned = new Meeting
        {
            Id = MeetingId.New(),
            SocietyId = SocietyId,
            Kind = Kind,
            Title = Title,
            Format = Format,
            Place = Place,
            JoinUrl = JoinUrl,
            StartsAt = resumesAt.ToUniversalTime(),
            TimeZoneId = TimeZoneId,
            State = MeetingState.Called,
            CalledAt = now,
            NoticeAt = now,
            NoticeMethod = NoticeMethod.Electronic,
            AdjournedFrom = Id,
        };
        adjourned._agenda.AddRange(_agenda.Select(i => i.CopyForAdjournment()));
        adjourned._proxies.AddRange(_proxies.Where(p => p.IsActive).Select(p => p.CopyForAdjournment()));

        State = MeetingState.Adjourned;
        AdjournedTo = adjourned.Id;
        Write(MinuteKind.Adjourned,
            $"No quorum: {Presence(quorum)}, {quorum.Required} needed. The meeting stands adjourned to {NoticeDates.Day(resumesOn)}, when those present will be the quorum.", now);
        return adjourned;
    }

    /// <summary>C5, C7: the outcome of a resolution, with its numbers, as the minutes record it.</summary>
    public Result<Minute> RecordResolution(Guid itemId, ResolutionVotes votes, DateTimeOffset now) => RecordDecision(itemId, votes.Describe(), now);

    /// <summary>C7–C10: a counted poll's verdict on the item, as the minutes record it.</summary>
    public Result<Minute> RecordResolution(Guid itemId, Polls.ResolutionOutcome outcome, DateTimeOffset now) =>
        RecordDecision(itemId, $"{(outcome.Carried ? "carried" : "lost")}, {outcome.For:0.####} for and {outcome.Against:0.####} against, {outcome.Abstain:0.####} abstaining. {outcome.Explanation}".TrimEnd(), now);

    private Result<Minute> RecordDecision(Guid itemId, string text, DateTimeOffset now)
    {
        if (State is not (MeetingState.Open or MeetingState.Closed)) return new MeetingNotInState(State, "record a decision");
        if (_agenda.Find(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        Write(MinuteKind.Decision, $"{item.Number}. {item.Title}: {text}", now, itemId);
        return _minutes[^1];
    }

    /// <summary>D2: who the members elected to the board; <paramref name="unopposed"/> when there were no more candidates than seats, so no poll.</summary>
    public Result<Minute> RecordElection(Guid itemId, IReadOnlyList<string> elected, DateTimeOffset now, bool unopposed = false)
    {
        if (State is not (MeetingState.Open or MeetingState.Closed)) return new MeetingNotInState(State, "record an election");
        if (_agenda.Find(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        var who = elected.Count == 0 ? "nobody was elected" : (unopposed ? "elected unopposed " : "elected ") + string.Join(", ", elected);
        Write(MinuteKind.Election, $"{item.Number}. {item.Title}: {who}.", now, itemId);
        return _minutes[^1];
    }

    public Result<Minute> RecordNote(string text, DateTimeOffset now)
    {
        if (State is not (MeetingState.Open or MeetingState.Closed)) return new MeetingNotInState(State, "add to the minutes");
        if (string.IsNullOrWhiteSpace(text)) return new MinuteTextRequired();
        Write(MinuteKind.Note, text.Trim(), now);
        return _minutes[^1];
    }

    private static string Presence(QuorumReport q) =>
        $"{q.Present} present ({q.InPerson} in person, {q.Online} online, {q.ByProxy} by proxy)";
}
