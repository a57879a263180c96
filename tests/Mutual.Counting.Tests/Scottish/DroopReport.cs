using System.Globalization;
using System.Text.RegularExpressions;

namespace Mutual.Counting.Tests.Scottish;

/// <summary>One stage of a Droop reference count: each candidate's vote, the non-transferable votes and the residual.</summary>
public sealed record DroopStage(string Action, Dictionary<string, decimal> Votes, decimal NonTransferable, decimal Residual);

/// <summary>
/// Reads Droop's text report: the official-style stages are "Begin Count" and each transfer
/// ("Surplus transferred", "Transfer defeated"), except transfers of a zero surplus, which the
/// official sheets (and our count) do not show as stages.
/// </summary>
public static partial class DroopReport
{
    public static List<DroopStage> Stages(string path)
    {
        var stages = new List<DroopStage>();
        string? action = null;
        Dictionary<string, decimal> votes = [];
        decimal nonTransferable = 0, residual = 0;

        void Close()
        {
            if (action is not null && IsStage(action)) stages.Add(new DroopStage(action, votes, nonTransferable, residual));
            action = null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("Action: ", StringComparison.Ordinal) || line.StartsWith("Round ", StringComparison.Ordinal))
            {
                Close();
                if (line.StartsWith("Action: ", StringComparison.Ordinal)) (action, votes) = (line[8..], []);
                continue;
            }
            if (CandidateLine().Match(line) is { Success: true } candidate)
            {
                var vote = decimal.Parse(candidate.Groups[2].Value, CultureInfo.InvariantCulture);
                foreach (var name in candidate.Groups[1].Value.Split(", ")) votes[name] = vote;
            }
            else if (line.StartsWith("\tNontransferable votes: ", StringComparison.Ordinal)) nonTransferable = Number(line);
            else if (line.StartsWith("\tResidual: ", StringComparison.Ordinal)) residual = Number(line);
        }
        Close();
        return stages;
    }

    private static bool IsStage(string action) =>
        action == "Begin Count"
        || action.StartsWith("Transfer defeated: ", StringComparison.Ordinal)
        || (action.StartsWith("Surplus transferred: ", StringComparison.Ordinal) && !action.EndsWith("(0.00000)", StringComparison.Ordinal));

    private static decimal Number(string line) => decimal.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\t(?:Elected|Hopeful|Defeated|Pending):\s+(.*) \(([0-9.]+)\)$")]
    private static partial Regex CandidateLine();
}
