using System.Globalization;
using Mutual.Domain.Members;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mutual.Data.Members;

/// <summary>
/// One member's own copy of their register entry (DOMAIN B4, B6) on an A4 page: the same fields the
/// register holds, then the dated status history (B7), in the register's font.
/// </summary>
internal static class MemberRecordPdf
{
    private const double Margin = 56;
    private const double LineHeight = 18;
    private const double LabelWidth = 170;

    public static void Write(Stream output, string societyName, Member m, DateOnly asAt)
    {
        RegisterFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Register entry: {m.Name.Display}, {societyName}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var heading = new XFont(RegisterFontResolver.Family, 16, XFontStyleEx.Bold);
        var bold = new XFont(RegisterFontResolver.Family, 10, XFontStyleEx.Bold);
        var font = new XFont(RegisterFontResolver.Family, 10, XFontStyleEx.Regular);

        var y = Margin + 10;
        gfx.DrawString("Your entry in the register of members", heading, XBrushes.Black, new XPoint(Margin, y));
        gfx.DrawString(societyName, font, XBrushes.Black, new XPoint(Margin, y += LineHeight * 1.5));
        y += LineHeight;
        foreach (var (label, value) in Fields(m))
        {
            gfx.DrawString(label, bold, XBrushes.Black, new XPoint(Margin, y += LineHeight));
            gfx.DrawString(value, font, XBrushes.Black, new XPoint(Margin + LabelWidth, y));
        }

        gfx.DrawString("Status history", bold, XBrushes.Black, new XPoint(Margin, y += LineHeight * 2));
        foreach (var h in m.StatusHistory)
        {
            var detail = string.Join(" ", new[] { h.CessationReason?.ToString(), h.Note }.Where(t => !string.IsNullOrEmpty(t)));
            gfx.DrawString($"{Date(h.EffectiveOn)}   {h.Status}   {detail}", font, XBrushes.Black, new XPoint(Margin, y += LineHeight));
        }

        gfx.DrawString($"As at {asAt:d MMMM yyyy}.", font, XBrushes.Black, new XPoint(Margin, page.Height.Point - Margin));
        document.Save(output, closeStream: false);
    }

    private static IEnumerable<(string Label, string Value)> Fields(Member m) =>
    [
        ("Membership number", m.MembershipNumber?.ToString(CultureInfo.InvariantCulture) ?? "Not yet allocated"),
        ("Status", m.Status.ToString()),
        ("Name", m.Name.Display),
        ("Postal address", m.PostalAddress.ReplaceLineEndings(", ")),
        ("Postcode", m.Postcode),
        ("Email", m.Email ?? "None given"),
        ("Phone", m.Phone ?? "None given"),
        ("Membership class", string.Join(", ", m.ClassKeys)),
        ("Applied", Date(m.AppliedOn)),
        ("Entered in the register", Date(m.AdmittedOn)),
        ("Ceased", m.CeasedOn is { } ceased ? $"{Date(ceased)} ({m.CessationReason})" : ""),
    ];

    private static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";
}
