using System.Text;
using System.Text.Encodings.Web;

namespace Mutual.Data.Notices;

/// <summary>A notice's blocks as the plain-text and HTML parts of an email.</summary>
public static class NoticeBodies
{
    public static string Text(IReadOnlyList<NoticeBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var b in blocks)
        {
            text.Append(b.Text).Append('\n');
            if (b.Kind is NoticeBlockKind.Title or NoticeBlockKind.Heading) text.Append(new string('=', b.Text.Length)).Append('\n');
            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Html(IReadOnlyList<NoticeBlock> blocks)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(encoder.Encode(blocks.FirstOrDefault(b => b.Kind == NoticeBlockKind.Heading)?.Text ?? "Notice"))
            .Append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n");
        foreach (var b in blocks)
        {
            var tag = b.Kind switch
            {
                NoticeBlockKind.Title => "h1",
                NoticeBlockKind.Heading => "h2",
                _ => "p",
            };
            html.Append('<').Append(tag).Append('>').Append(encoder.Encode(b.Text)).Append("</").Append(tag).Append(">\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
