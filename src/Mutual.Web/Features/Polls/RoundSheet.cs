using System.Globalization;
using Mutual.Counting.Results;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// Reads a <see cref="CountResult"/> the way <c>_RoundSheet</c> prints it: candidates down the side,
/// each stage across (transfer, then total), the non-transferable votes, and each candidate's outcome.
/// </summary>
public sealed record RoundSheet(CountResult Result)
{
    public IReadOnlyList<Stage> Stages => Result.Stages;

    public string Name(int candidate) => $"{candidate + 1}. {Result.Candidates[candidate]}";

    public string Outcome(int candidate)
    {
        if (Stages.FirstOrDefault(s => s.Elected.Contains(candidate)) is { } elected) return $"Elected at stage {elected.Number}";
        if (Stages.FirstOrDefault(s => s.Excluded.Contains(candidate)) is { } excluded) return $"Excluded at stage {excluded.Number}";
        return Stages.Count > 0 && Stages[^1].States[candidate] == CandidateState.Withdrawn ? "Withdrawn" : "Not elected";
    }

    public string Story(Stage stage)
    {
        var parts = new List<string> { stage.Description };
        if (stage.Elected.Count > 0) parts.Add("elected: " + string.Join(", ", stage.Elected.Select(Name)));
        var excluded = stage.Excluded.Except(stage.From).ToArray();
        if (excluded.Length > 0) parts.Add("excluded: " + string.Join(", ", excluded.Select(Name)));
        if (stage.Note is { Length: > 0 } note) parts.Add(note);
        return string.Join("; ", parts);
    }

    /// <summary>At most five decimal places (the Scottish rule's own precision), trailing zeros dropped.</summary>
    public static string Number(decimal value) => Math.Round(value, 5).ToString("#,0.#####", CultureInfo.InvariantCulture);

    /// <summary>A change with its sign; blank when nothing moved, as printed count sheets leave it.</summary>
    public static string Signed(decimal value) => value switch
    {
        0m => "",
        > 0m => "+" + Number(value),
        _ => Number(value),
    };
}
