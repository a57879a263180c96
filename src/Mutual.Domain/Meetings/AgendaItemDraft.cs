using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>
/// An item of business to put on an agenda; <see cref="Vacancies"/> is for a board election, and
/// <see cref="Retiring"/> the directors whose rotation (D2) made them, in rotation order.
/// </summary>
public sealed record AgendaItemDraft(AgendaItemKind Kind, string Title, string Text = "", int? Vacancies = null, IReadOnlyList<MemberId>? Retiring = null);
