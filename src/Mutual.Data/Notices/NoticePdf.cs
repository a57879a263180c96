using Mutual.Data.Members;
using PdfSharp;
using PdfSharp.Pdf;

namespace Mutual.Data.Notices;

/// <summary>
/// Printable notices for members without email, as one A4 PDF: each member's notice starts on a new
/// page with their name and postal address where a window envelope shows it, and runs on to further
/// pages as the business needs.
/// </summary>
public static class NoticePdf
{
    public static void Write(Stream output, MeetingNotice notice, IReadOnlyList<NoticeRecipient> recipients)
    {
        RegisterFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = NoticeWording.Subject(notice);
        foreach (var recipient in recipients)
        {
            var flow = new PdfTextFlow(document);
            foreach (var line in AddressLines(recipient)) flow.Line(line, PdfTextFlow.Body);
            flow.Gap(30);
            foreach (var block in NoticeContent.Build(notice, recipient.Name)) Draw(flow, block);
            flow.Finish();
        }

        if (recipients.Count == 0) document.AddPage().Size = PageSize.A4; // a PDF needs a page; an empty batch prints blank
        document.Save(output, closeStream: false);
    }

    private static IEnumerable<string> AddressLines(NoticeRecipient recipient) =>
        new[] { recipient.Name }
            .Concat(recipient.PostalAddress.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Append(recipient.Postcode)
            .Where(l => l.Length > 0);

    private static void Draw(PdfTextFlow flow, NoticeBlock block)
    {
        switch (block.Kind)
        {
            case NoticeBlockKind.Title:
                flow.Paragraph(block.Text, PdfTextFlow.Title);
                break;
            case NoticeBlockKind.Heading:
                flow.Gap(6);
                flow.Paragraph(block.Text, PdfTextFlow.Heading);
                break;
            default:
                flow.Paragraph(block.Text, PdfTextFlow.Body);
                break;
        }
    }
}
