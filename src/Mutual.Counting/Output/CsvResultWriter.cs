using System.Globalization;

namespace Mutual.Counting.Output;

/// <summary>
/// Writes results as CSV in long form, one row per candidate per stage (the shape of the official
/// stage files): <c>file,method,stage,kind,candidate,name,transfer,total,state</c>. Each stage also
/// has a row with an empty candidate number and the name <c>non-transferable</c>. Several files
/// share one header. Values are exact, with a point for decimals; text with commas or quotes is quoted.
/// </summary>
public static class CsvResultWriter
{
    public const string Header = "file,method,stage,kind,candidate,name,transfer,total,state";

    public static void Write(TextWriter output, IEnumerable<CountedFile> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        output.WriteLine(Header);
        foreach (var (file, result) in results)
        {
            foreach (var stage in result.Stages)
            {
                var prefix = $"{Quote(file)},{Quote(result.Method)},{stage.Number},{JsonNames.Of(stage.Kind)}";
                for (var c = 0; c < result.Candidates.Count; c++)
                {
                    output.WriteLine(
                        $"{prefix},{c + 1},{Quote(result.Candidates[c])},{Number(stage.Transfers[c])},{Number(stage.Totals[c])},{JsonNames.Of(stage.States[c])}");
                }

                output.WriteLine($"{prefix},,non-transferable,{Number(stage.NonTransferableChange)},{Number(stage.NonTransferable)},");
            }
        }
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
