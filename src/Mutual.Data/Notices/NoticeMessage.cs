using System.Text;
using MimeKit;

namespace Mutual.Data.Notices;

/// <summary>A member's notice email: the notice as plain text and HTML, and the invite attached as <c>invite.ics</c>.</summary>
public static class NoticeMessage
{
    public const string InviteFileName = "invite.ics";

    public static MimeMessage Create(MeetingNotice notice, NoticeRecipient recipient, MailboxAddress from, DateTimeOffset stamp)
    {
        var message = new MimeMessage { Subject = NoticeWording.Subject(notice), Date = stamp };
        message.From.Add(from);
        // Parsing here rather than at send time makes a malformed address in the register fail this member only.
        message.To.Add(new MailboxAddress(recipient.Name, MailboxAddress.Parse(recipient.Email!).Address));
        var blocks = NoticeContent.Build(notice, recipient.Name);
        var body = new BodyBuilder { TextBody = NoticeBodies.Text(blocks), HtmlBody = NoticeBodies.Html(blocks) };
        var invite = NoticeCalendar.Create(notice, new NoticeOrganizer(from.Name ?? from.Address, from.Address), recipient, stamp);
        var calendarType = new ContentType("text", "calendar") { Charset = "utf-8" };
        calendarType.Parameters.Add("method", NoticeCalendar.Method);
        body.Attachments.Add(InviteFileName, Encoding.UTF8.GetBytes(invite), calendarType);
        message.Body = body.ToMessageBody();
        return message;
    }
}
