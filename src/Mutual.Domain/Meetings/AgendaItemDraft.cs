namespace Mutual.Domain.Meetings;

/// <summary>An item of business to put on an agenda; <see cref="Vacancies"/> is for a board election.</summary>
public sealed record AgendaItemDraft(AgendaItemKind Kind, string Title, string Text = "", int? Vacancies = null);
