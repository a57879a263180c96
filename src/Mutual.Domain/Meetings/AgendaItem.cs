using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>
/// An item of business in a meeting's notice (DOMAIN C2: no other business may be transacted).
/// Resolutions and board elections are decided by the poll linked to them.
/// </summary>
public sealed class AgendaItem
{
    // For EF Core.
    private AgendaItem()
    {
        Title = "";
        Text = "";
    }

    internal AgendaItem(Guid id, int number, AgendaItemDraft draft)
    {
        Id = id;
        Number = number;
        Kind = draft.Kind;
        Title = draft.Title.Trim();
        Text = draft.Text.Trim();
        Vacancies = draft.Vacancies;
        RetiringList = string.Join(',', (draft.Retiring ?? []).Select(m => m.Value.ToString("N")));
    }

    public Guid Id { get; private set; }

    public int Number { get; internal set; }

    public AgendaItemKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public int? Vacancies { get; private set; }

    /// <summary>D2: the directors retiring by rotation, in rotation order, as comma-separated ids for storage.</summary>
    public string RetiringList { get; private set; } = "";

    /// <summary>The poll that decides this item, once created.</summary>
    public Guid? PollId { get; internal set; }

    /// <summary>D2: the directors whose retirement by rotation makes this election's vacancies, longest-serving first.</summary>
    public IReadOnlyList<MemberId> Retiring() =>
        [.. RetiringList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => new MemberId(Guid.ParseExact(id, "N")))];

    internal AgendaItem CopyForAdjournment() => new(Id, Number, new AgendaItemDraft(Kind, Title, Text, Vacancies, Retiring())) { PollId = PollId };
}
