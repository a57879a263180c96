using Mutual.Counting.Methods;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Polls;

public sealed partial class Poll
{
    /// <summary>Checks a draft against the rules and creates the poll, not yet open.</summary>
    public static Result<Poll> Create(SocietyId societyId, PollDraft draft, SocietyRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(draft.Title)) return new PollTitleRequired();
        if (draft.ClosesAt <= draft.OpensAt) return new PollWindowInvalid(draft.OpensAt, draft.ClosesAt);
        if (draft.RecordDate > DateOnly.FromDateTime(draft.OpensAt.UtcDateTime)) return new RecordDateAfterOpening(draft.RecordDate, draft.OpensAt);

        var poll = new Poll
        {
            Id = PollId.New(),
            SocietyId = societyId,
            Title = draft.Title.Trim(),
            Text = draft.Text.Trim(),
            Kind = draft.Kind,
            ResolutionKind = draft.ResolutionKind,
            Seats = draft.Kind == PollKind.Election ? draft.Seats : 1,
            RecordDate = draft.RecordDate,
            OpensAt = draft.OpensAt,
            ClosesAt = draft.ClosesAt,
            MeetingId = draft.MeetingId,
            AgendaItemId = draft.AgendaItemId,
            Secret = draft.Secret,
            State = PollState.Draft,
            CreatedAt = now,
        };
        return draft.Kind == PollKind.Election ? poll.WithCandidates(draft, rules) : poll;
    }

    private Result<Poll> WithCandidates(PollDraft draft, SocietyRules rules)
    {
        if (draft.Seats < 1) return new SeatsOutOfRange(draft.Seats);
        if (draft.Candidates.Count == 0) return new CandidatesRequired(draft.Seats, 0);
        var method = string.IsNullOrWhiteSpace(draft.CountingMethod) ? rules.Board.ElectionMethod : draft.CountingMethod.Trim();
        if (MethodCatalog.Find(method) is null) return new UnknownCountingMethod(method, MethodCatalog.Names);
        CountingMethod = method.ToLowerInvariant();

        var number = 0;
        foreach (var c in draft.Candidates)
        {
            number++;
            if (string.IsNullOrWhiteSpace(c.Name)) return new CandidateNameRequired(number);
            _candidates.Add(new Candidate(number, c.Name.Trim(), c.Statement.Trim(), c.MemberId));
        }

        return this;
    }
}
