namespace Mutual.Domain.Meetings;

/// <summary>
/// The business of an AGM (DOMAIN C1): accounts and reports, the auditor, the board election with the
/// vacancies rotation creates (D2), then the resolutions the board puts forward.
/// </summary>
public static class AgmAgenda
{
    public static IReadOnlyList<AgendaItemDraft> Build(RotationDraw rotation, IEnumerable<AgendaItemDraft> resolutions)
    {
        List<AgendaItemDraft> items =
        [
            new(AgendaItemKind.AccountsAndReports, "Accounts and reports", "To receive the accounts and the reports of the board and the auditor."),
            new(AgendaItemKind.Auditor, "Appointment of the auditor", "To appoint the auditor for the coming year."),
        ];
        if (rotation.Vacancies > 0) items.Add(BoardElection(rotation));
        items.AddRange(resolutions);
        return items;
    }

    private static AgendaItemDraft BoardElection(RotationDraw rotation)
    {
        var seats = rotation.Vacancies == 1 ? "1 seat" : $"{rotation.Vacancies} seats";
        var why = rotation.FirstAgm
            ? "At the first AGM every director stands down."
            : $"Retiring by rotation: {string.Join(", ", rotation.Retiring.Select(d => d.Name))}."
              + (rotation.LotDecided ? $" Directors elected on the same day were ordered by lot (seed {rotation.Seed})." : "");
        return new(AgendaItemKind.BoardElection, $"Election of directors: {seats}", $"{why} Retiring directors may stand again.", rotation.Vacancies,
            [.. rotation.Retiring.Select(d => d.MemberId)]);
    }
}
