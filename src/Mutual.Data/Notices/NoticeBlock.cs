namespace Mutual.Data.Notices;

/// <summary>One piece of a notice's text, so the email, the HTML and the PDF say the same words.</summary>
public sealed record NoticeBlock(NoticeBlockKind Kind, string Text);

public enum NoticeBlockKind
{
    Title,
    Heading,
    Paragraph,
    NumberedItem,
}
