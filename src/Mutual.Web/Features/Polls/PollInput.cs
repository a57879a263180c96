namespace Mutual.Web.Features.Polls;

/// <summary>The create-a-poll form: six candidate rows, blanks ignored, so it works without JavaScript.</summary>
public sealed class PollInput
{
    public const int CandidateRows = 6;

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string Kind { get; set; } = "Resolution";

    public string ResolutionKind { get; set; } = "Ordinary";

    public int? Seats { get; set; } = 1;

    public string? CountingMethod { get; set; }

    public DateOnly? RecordDate { get; set; }

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public List<CandidateInput> Candidates { get; set; } = [.. Enumerable.Range(0, CandidateRows).Select(_ => new CandidateInput())];

    /// <summary>The same request the API takes; times are entered in UTC, as the form says.</summary>
    public CreatePollRequest ToRequest() => new(
        Title, Text, Kind, ResolutionKind,
        Kind == "Election" ? [.. Candidates.Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Statement)).Select(c => new CandidateRequest(c.Name, c.Statement))] : [],
        Kind == "Election" ? Seats : 1,
        CountingMethod, RecordDate, Utc(OpensAt), Utc(ClosesAt), null, null, true);

    /// <summary>The form field a JSON field name stands for, so errors land beside the right input.</summary>
    public static string FieldFor(string jsonField) => jsonField switch
    {
        "body" => "",
        "candidates" => "Input.Candidates",
        _ => "Input." + char.ToUpperInvariant(jsonField[0]) + jsonField[1..],
    };

    private static DateTimeOffset? Utc(DateTime? at) =>
        at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}

public sealed class CandidateInput
{
    public string? Name { get; set; }

    public string? Statement { get; set; }
}
