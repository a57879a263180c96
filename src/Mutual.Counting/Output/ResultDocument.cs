using Mutual.Counting.Results;

namespace Mutual.Counting.Output;

/// <summary>
/// The JSON shape of one result. Candidate numbers are 1-based in file order, as on the ballot
/// paper and in every answer key; <see cref="Elected"/> is in order of election. Per-candidate
/// lists in a stage are indexed by candidate number - 1.
/// </summary>
public sealed record ResultDocument(
    string File,
    string Method,
    string Title,
    int Seats,
    decimal? Quota,
    IReadOnlyList<int> Elected,
    IReadOnlyList<string> Candidates,
    decimal ValidVotes,
    ulong Seed,
    string Precision,
    IReadOnlyList<StageDocument> Stages,
    IReadOnlyList<string> Ties)
{
    public static ResultDocument Of(CountedFile counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var r = counted.Result;
        return new ResultDocument(
            counted.File, r.Method, r.Title, r.Seats, r.Quota, OneBased(r.Elected), r.Candidates, r.ValidVotes,
            r.Seed, r.Precision,
            r.Stages.Select(StageDocument.Of).ToArray(), r.Ties);
    }

    internal static int[] OneBased(IReadOnlyList<int> candidates) => candidates.Select(c => c + 1).ToArray();
}

/// <summary>One stage in JSON; see <see cref="Stage"/>.</summary>
public sealed record StageDocument(
    int Number,
    string Kind,
    string Description,
    IReadOnlyList<int> From,
    decimal? Quota,
    IReadOnlyList<decimal> Totals,
    IReadOnlyList<decimal> Transfers,
    decimal NonTransferable,
    decimal NonTransferableChange,
    decimal Residual,
    IReadOnlyList<string> States,
    IReadOnlyList<int> Elected,
    IReadOnlyList<int> Excluded,
    string? Note)
{
    public static StageDocument Of(Stage s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new StageDocument(
            s.Number, JsonNames.Of(s.Kind), s.Description, ResultDocument.OneBased(s.From), s.Quota, s.Totals, s.Transfers,
            s.NonTransferable, s.NonTransferableChange, s.Residual, s.States.Select(JsonNames.Of).ToArray(),
            ResultDocument.OneBased(s.Elected), ResultDocument.OneBased(s.Excluded), s.Note);
    }
}
