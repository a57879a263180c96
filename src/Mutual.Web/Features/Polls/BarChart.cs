using System.Globalization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// What <c>_BarChart</c> draws: one horizontal bar per option, longest for the largest value.
/// The same numbers are printed beside the bars and in a table, so the chart reads without sight.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 600;
    public const int LabelWidth = 170;
    public const int BarHeight = 28;
    public const int Gap = 12;

    public int Height => Bars.Count * (BarHeight + Gap) + Gap;

    public decimal Total => Bars.Sum(b => b.Value);

    /// <summary>Bar length in SVG units: proportional to the largest value, so the leader fills the track.</summary>
    public decimal Length(ChartBar bar)
    {
        var largest = Bars.Count == 0 ? 0m : Bars.Max(b => b.Value);
        var track = Width - LabelWidth - 110;
        return largest <= 0m ? 0m : Math.Round(bar.Value / largest * track, 1);
    }

    public string Share(ChartBar bar) =>
        Total <= 0m ? "0%" : (bar.Value / Total).ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("#,0.#####", CultureInfo.InvariantCulture);

    /// <summary>Long names are shortened inside the drawing only; the table beneath gives them in full.</summary>
    public static string Short(string label) => label.Length <= 18 ? label : label[..17] + "…";

    public static string Svg(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>One bar: its label, its value, and whether it is the highlighted outcome (passed, elected).</summary>
public sealed record ChartBar(string Label, decimal Value, bool Highlight = false);
