using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Meetings;

/// <summary>
/// A current member put forward for the AGM's board election (DOMAIN D1: directors are elected by and
/// from the members; issue 4 point 5: candidates with statements). Nominations are open while the
/// meeting is called and its notice has not gone out: the notice lists the business (C2), so the
/// candidates it names are the ones the election poll is drawn from. A nomination can be withdrawn
/// until that poll is created, which is before it opens.
/// </summary>
public sealed class Nomination
{
    /// <summary>Long enough for a few paragraphs; short enough to print on a ballot paper's notes.</summary>
    public const int StatementMaxLength = 2000;

    // For EF Core.
    private Nomination()
    {
        CandidateName = "";
        Statement = "";
        NominatedBy = "";
    }

    public Guid Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public Guid AgendaItemId { get; private set; }

    public MemberId CandidateId { get; private set; }

    public string CandidateName { get; private set; }

    /// <summary>Plain text, shown as written and never as markup.</summary>
    public string Statement { get; private set; }

    /// <summary>The member who proposed the candidate; null when the secretary entered it on their behalf.</summary>
    public MemberId? ProposerId { get; private set; }

    /// <summary>Who entered the nomination (their sign-in name), for the record.</summary>
    public string NominatedBy { get; private set; }

    public DateTimeOffset NominatedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    /// <summary>
    /// Nominates <paramref name="candidate"/> for the board election <paramref name="itemId"/>; refused
    /// once notice is sent, for other business, for a blank or over-long statement, or when the
    /// member already stands.
    /// </summary>
    public static Result<Nomination> Make(
        Meeting meeting, Guid itemId, MeetingMember candidate, string? statement, MemberId? proposerId, string nominatedBy,
        IEnumerable<Nomination> existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(candidate);
        if (meeting.Agenda.FirstOrDefault(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        if (item.Kind != AgendaItemKind.BoardElection) return new NotABoardElection();
        if (!NominationsOpen(meeting)) return new NominationsClosed();
        var text = (statement ?? "").Trim();
        if (text.Length == 0) return new StatementRequired();
        if (text.Length > StatementMaxLength) return new StatementTooLong(text.Length);
        if (existing.Any(n => n.IsActive && n.AgendaItemId == itemId && n.CandidateId == candidate.Id)) return new AlreadyNominated(candidate.Name);

        return new Nomination
        {
            Id = Guid.CreateVersion7(),
            SocietyId = meeting.SocietyId,
            MeetingId = meeting.Id,
            AgendaItemId = itemId,
            CandidateId = candidate.Id,
            CandidateName = candidate.Name,
            Statement = text,
            ProposerId = proposerId,
            NominatedBy = nominatedBy,
            NominatedAt = now,
        };
    }

    /// <summary>Nominations close when the notice goes out (C2: the notice gives the business).</summary>
    public static bool NominationsOpen(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.State == MeetingState.Called && !meeting.NoticeSent;
    }

    /// <summary>Withdrawn by the candidate, their proposer or the secretary, until the election poll is created from the nominations.</summary>
    public Result<Nomination> Withdraw(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (!IsActive) return new NominationAlreadyWithdrawn();
        if (meeting.Agenda.FirstOrDefault(i => i.Id == AgendaItemId) is { PollId: not null }
            || meeting.Minutes.Any(m => m.AgendaItemId == AgendaItemId && m.Kind == MinuteKind.Election)) return new ElectionAlreadyCreated();
        WithdrawnAt = now;
        return this;
    }
}
