using System.Text.Json;
using Mutual.Data.Polls;

namespace Mutual.Cli.Polls;

/// <summary>
/// A poll's results as one JSON document. Exact shares are "n/d" text; an election carries the
/// round sheet as Mutual.Counting's JSON writer produced it.
/// </summary>
internal static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(PollResults results)
    {
        var poll = results.Poll;
        var document = new
        {
            poll = new { id = poll.Id.Value, poll.Title, kind = poll.Kind.ToString(), state = poll.State.ToString(), poll.Seats },
            results.Turnout,
            resolution = results.Resolution is { } r
                ? new
                {
                    kind = r.Kind.ToString(),
                    r.For,
                    r.Against,
                    r.Abstain,
                    r.Cast,
                    shareFor = r.ShareFor.ToString(),
                    r.Threshold,
                    r.Carried,
                    r.Explanation,
                    classes = r.Classes.Select(c => new { c.Key, c.Name, weight = c.Weight.ToString(), c.For, c.Against, c.Abstain }),
                }
                : null,
            election = results.Election is { } e
                ? new
                {
                    e.Method,
                    e.Seats,
                    e.Candidates,
                    e.Elected,
                    e.Weighted,
                    count = JsonDocument.Parse(e.RoundSheetJson).RootElement,
                }
                : null,
            ballots = results.Ballots,
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
