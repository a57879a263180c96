using System.Globalization;
using Mutual.Counting.Results;

namespace Mutual.Counting.Output;

/// <summary>
/// The round sheet as people read it, laid out like the Scottish councils' official count sheets:
/// the candidates down the side, each stage across with its transfers and totals, the
/// non-transferable votes, then what happened at each stage and why, the winners in order, the
/// seed, the precision and every tie. Figures show at most five decimal places (the Scottish
/// rule's own precision); JSON and CSV carry the exact values.
/// </summary>
public static class TextRoundSheet
{
    private const int MaxDecimals = 5;

    public static void Write(TextWriter output, IEnumerable<CountedFile> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        var first = true;
        foreach (var counted in results)
        {
            if (!first) output.WriteLine();
            first = false;
            Write(output, counted);
        }
    }

    public static void Write(TextWriter output, CountedFile counted)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(counted);
        var r = counted.Result;
        var numbers = new NumberFormat(Decimals(r));
        output.WriteLine(string.IsNullOrWhiteSpace(r.Title) ? counted.File : r.Title);
        output.WriteLine($"File: {counted.File}");
        output.WriteLine(
            $"Method: {r.Method}   Seats: {r.Seats}   Valid votes: {numbers.Plain(r.ValidVotes)}   Quota: {(r.Quota is decimal q ? numbers.Plain(q) : "none")}");
        output.WriteLine($"Precision: {r.Precision}   Seed: {r.Seed.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine();
        TextGrid.Write(output, StageTable.Rows(r, numbers));
        output.WriteLine();
        output.WriteLine("Stages");
        foreach (var stage in r.Stages) output.WriteLine($"  {stage.Number,3}  {StageTable.Story(r, stage)}");
        output.WriteLine();
        output.WriteLine($"Elected, in order: {(r.Elected.Count == 0 ? "nobody" : string.Join(", ", r.Elected.Select(c => StageTable.Name(r, c))))}");
        output.WriteLine(r.Ties.Count == 0 ? "Ties: none" : "Ties:");
        foreach (var tie in r.Ties) output.WriteLine($"  {tie}");
    }

    private static int Decimals(CountResult r) =>
        Math.Min(MaxDecimals, r.Stages.SelectMany(s => s.Totals.Concat(s.Transfers).Append(s.NonTransferable)).Append(r.Quota ?? 0m).Append(r.ValidVotes)
            .Select(v => (int)v.Scale).DefaultIfEmpty(0).Max());
}

/// <summary>Fixed decimals for one sheet so the columns line up.</summary>
internal sealed class NumberFormat(int decimals)
{
    public string Plain(decimal value) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A change, with its sign; nothing when nothing moved.</summary>
    public string Signed(decimal value) => value switch
    {
        0m => "",
        > 0m => "+" + Plain(value),
        _ => Plain(value),
    };
}
