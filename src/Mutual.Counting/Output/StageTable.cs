using Mutual.Counting.Results;

namespace Mutual.Counting.Output;

/// <summary>The cells and the per-stage story of a text round sheet.</summary>
internal static class StageTable
{
    public static List<string[]> Rows(CountResult r, NumberFormat numbers)
    {
        var stages = r.Stages;
        var rows = new List<string[]>();
        rows.Add(["", .. stages.SelectMany(s => s.Number == 1 ? new[] { "Stage 1" } : [$"Stage {s.Number}", ""])]);
        rows.Add(["Candidate", .. stages.SelectMany(s => s.Number == 1 ? new[] { "Total" } : ["Transfer", "Total"])]);
        for (var c = 0; c < r.Candidates.Count; c++)
        {
            var candidate = c;
            rows.Add([Name(r, c), .. stages.SelectMany(s => Cells(s, s.Transfers[candidate], s.Totals[candidate], numbers)), Outcome(r, c)]);
        }

        rows.Add(["Non-transferable or unused", .. stages.SelectMany(s => Cells(s, s.NonTransferableChange, s.NonTransferable, numbers))]);
        rows.Add(["Total", .. stages.SelectMany(s => Cells(s, s.Transfers.Sum() + s.NonTransferableChange, s.Totals.Sum() + s.NonTransferable, numbers))]);
        return rows;
    }

    public static string Name(CountResult r, int candidate) => $"{candidate + 1} {r.Candidates[candidate]}";

    /// <summary>What happened at a stage, in words: the transfer, who was elected or excluded, and why.</summary>
    public static string Story(CountResult r, Stage stage)
    {
        var parts = new List<string> { stage.Description };
        if (stage.Quota is decimal q && q != r.Quota) parts.Add($"quota {q}");
        if (stage.Elected.Count > 0) parts.Add("elected: " + string.Join(", ", stage.Elected.Select(c => Name(r, c))));
        // An exclusion whose votes move at this very stage is already named by the description.
        var excluded = stage.Excluded.Except(stage.From).ToArray();
        if (excluded.Length > 0) parts.Add("excluded: " + string.Join(", ", excluded.Select(c => Name(r, c))));
        if (stage.Note is { Length: > 0 } note) parts.Add(note);
        return string.Join("; ", parts);
    }

    private static string[] Cells(Stage stage, decimal transfer, decimal total, NumberFormat numbers) =>
        stage.Number == 1 ? [numbers.Plain(total)] : [numbers.Signed(transfer), numbers.Plain(total)];

    private static string Outcome(CountResult r, int candidate)
    {
        var elected = r.Stages.FirstOrDefault(s => s.Elected.Contains(candidate));
        if (elected is not null) return $"elected at stage {elected.Number}";
        var excluded = r.Stages.FirstOrDefault(s => s.Excluded.Contains(candidate));
        if (excluded is not null) return $"excluded at stage {excluded.Number}";
        return r.Stages.Count > 0 && r.Stages[^1].States[candidate] == CandidateState.Withdrawn ? "withdrawn" : "";
    }
}
