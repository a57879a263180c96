using Mutual.Data.Members;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mutual.Data.Notices;

/// <summary>
/// Writes wrapped lines down A4 pages, starting a new page when one is full. PDFsharp draws single
/// lines only, so words are measured and broken here.
/// </summary>
internal sealed class PdfTextFlow
{
    public static readonly XFont Title = new(RegisterFontResolver.Family, 16, XFontStyleEx.Bold);
    public static readonly XFont Heading = new(RegisterFontResolver.Family, 12, XFontStyleEx.Bold);
    public static readonly XFont Body = new(RegisterFontResolver.Family, 10.5, XFontStyleEx.Regular);

    private const double Margin = 56;
    private readonly PdfDocument _document;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public PdfTextFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin;

    public void Line(string text, XFont font)
    {
        var height = font.Size * 1.35;
        if (_y + height > Bottom) NewPage();
        _y += height;
        _gfx!.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y));
    }

    public void Paragraph(string text, XFont font)
    {
        foreach (var line in Wrap(text, font)) Line(line, font);
        Gap(font.Size * 0.6);
    }

    public void Gap(double points) => _y += points;

    public void Finish() => _gfx?.Dispose();

    private IEnumerable<string> Wrap(string text, XFont font)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && _gfx!.MeasureString(candidate, font).Width > Width)
            {
                yield return line;
                candidate = word;
            }

            line = candidate;
        }

        if (line.Length > 0) yield return line;
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
