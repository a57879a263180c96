using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mutual.Data.Members;

/// <summary>Lays out the register of members on A4 landscape pages, a heading and column titles on each.</summary>
internal static class RegisterPdf
{
    public const int RowsPerPage = 28;
    private const double Margin = 36;
    private const double RowHeight = 17;

    private static readonly (string Title, double Width)[] Columns =
        [("No.", 40), ("Name", 150), ("Postal address", 250), ("Postcode", 70), ("Email", 150), ("Entered", 65), ("Ceased", 65)];

    public static void Write(Stream output, string societyName, RegisterView view, DateOnly asAt, IReadOnlyList<RegisterEntry> entries)
    {
        RegisterFontResolver.Install();
        using var document = new PdfDocument();
        var title = view == RegisterView.Full ? "Register of members" : "Register of members (inspection copy)";
        document.Info.Title = $"{title}: {societyName}";
        var pages = Math.Max(1, (entries.Count + RowsPerPage - 1) / RowsPerPage);
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Landscape;
            using var gfx = XGraphics.FromPdfPage(page);
            DrawPage(gfx, page, $"{title}: {societyName}", $"As at {asAt:d MMMM yyyy}. Page {p + 1} of {pages}.", entries.Skip(p * RowsPerPage).Take(RowsPerPage), view);
        }

        document.Save(output, closeStream: false);
    }

    private static void DrawPage(XGraphics gfx, PdfPage page, string heading, string footer, IEnumerable<RegisterEntry> rows, RegisterView view)
    {
        var headingFont = new XFont(RegisterFontResolver.Family, 14, XFontStyleEx.Bold);
        var bold = new XFont(RegisterFontResolver.Family, 9, XFontStyleEx.Bold);
        var font = new XFont(RegisterFontResolver.Family, 9, XFontStyleEx.Regular);
        gfx.DrawString(heading, headingFont, XBrushes.Black, new XPoint(Margin, Margin + 10));
        var y = Margin + 40;
        DrawRow(gfx, bold, y, [.. Columns.Select(c => c.Title)]);
        gfx.DrawLine(XPens.Black, Margin, y + 4, page.Width.Point - Margin, y + 4);
        foreach (var e in rows)
        {
            y += RowHeight;
            DrawRow(gfx, font, y,
            [
                e.MembershipNumber.ToString(CultureInfo.InvariantCulture), e.DisplayName, e.PostalAddress.ReplaceLineEndings(", "), e.Postcode,
                view == RegisterView.Full ? e.Email ?? "" : "", Date(e.AdmittedOn), Date(e.CeasedOn),
            ]);
        }

        gfx.DrawString(footer, font, XBrushes.Black, new XPoint(Margin, page.Height.Point - Margin));
    }

    private static void DrawRow(XGraphics gfx, XFont font, double y, string[] cells)
    {
        var x = Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            gfx.DrawString(Fit(gfx, font, cells[i], Columns[i].Width - 6), font, XBrushes.Black, new XPoint(x, y));
            x += Columns[i].Width;
        }
    }

    // Long addresses are cut with an ellipsis rather than run into the next column.
    private static string Fit(XGraphics gfx, XFont font, string text, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width) return text;
        var cut = text;
        while (cut.Length > 1 && gfx.MeasureString(cut + "…", font).Width > width) cut = cut[..^1];
        return cut + "…";
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
