using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// Reads a <see cref="CreatePollRequest"/> into a <see cref="PollDraft"/>, naming every field that is
/// missing or unreadable; the rules themselves (window, seats, method) are checked by the domain.
/// </summary>
public static class PollDraftReader
{
    public static (PollDraft? Draft, Dictionary<string, string[]> Problems) Read(CreatePollRequest body)
    {
        var problems = new Dictionary<string, string[]>();
        void Problem(string field, string message) => problems[field] = [message];

        if (string.IsNullOrWhiteSpace(body.Title)) Problem("title", "Enter a title for the poll, like \"Approve the annual accounts\".");
        var kind = PollKind.Resolution;
        if (body.Kind is not null && !TryEnum(body.Kind, out kind)) Problem("kind", $"The kind is Resolution or Election; \"{body.Kind}\" is neither.");
        var resolutionKind = ResolutionKind.Ordinary;
        if (body.ResolutionKind is not null && !TryEnum(body.ResolutionKind, out resolutionKind))
            Problem("resolutionKind", $"The resolution kind is one of {string.Join(", ", Enum.GetNames<ResolutionKind>())}; \"{body.ResolutionKind}\" is not.");
        if (body.RecordDate is null) Problem("recordDate", "Give the record date: members admitted by then may vote, like 2026-05-01.");
        if (body.OpensAt is null) Problem("opensAt", "Give the date and time voting opens, like 2026-05-02T09:00:00Z.");
        if (body.ClosesAt is null) Problem("closesAt", "Give the date and time voting closes, like 2026-05-16T17:00:00Z.");
        var candidates = body.Candidates ?? [];
        if (kind == PollKind.Election && candidates.Count == 0) Problem("candidates", "An election needs candidates: give each a name and a statement.");
        if (problems.Count > 0) return (null, problems);

        return (new PollDraft
        {
            Title = body.Title!.Trim(),
            Text = body.Text?.Trim() ?? "",
            Kind = kind,
            ResolutionKind = resolutionKind,
            Candidates = [.. candidates.Select(c => new CandidateDraft(c.Name?.Trim() ?? "", c.Statement?.Trim() ?? ""))],
            Seats = body.Seats ?? 1,
            CountingMethod = string.IsNullOrWhiteSpace(body.CountingMethod) ? null : body.CountingMethod.Trim(),
            RecordDate = body.RecordDate!.Value,
            OpensAt = body.OpensAt!.Value,
            ClosesAt = body.ClosesAt!.Value,
            MeetingId = body.MeetingId,
            AgendaItemId = body.AgendaItemId,
            Secret = body.Secret ?? true,
        }, problems);
    }

    private static bool TryEnum<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
