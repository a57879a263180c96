using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Mutual.Data.Members;

/// <summary>
/// PDFsharp finds no system fonts on Linux by itself; the register uses the Segoe WP faces that
/// ship inside PDFsharp, so a PDF looks the same on every machine.
/// </summary>
internal sealed class RegisterFontResolver : IFontResolver
{
    public const string Family = "Segoe WP";
    private static readonly Lock Gate = new();
    private static bool _licensed;

    public static void Install()
    {
        lock (Gate)
        {
            // PDFsharp 6.5 refuses to work until a licence is loaded; Mutual is open source and uses the AGPL one.
            if (!_licensed) PdfSharpLicense.SetAgplLicense();
            _licensed = true;
            GlobalFontSettings.FontResolver ??= new RegisterFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP");

    public byte[]? GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
