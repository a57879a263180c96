namespace Mutual.Data.Notices;

/// <summary>
/// The words of a notice (DOMAIN C2) as blocks: who calls the meeting, when and where, the business,
/// each resolution in full, proxies, and the secretary's signature. Addressed to one member when a
/// name is given.
/// </summary>
public static class NoticeContent
{
    public static IReadOnlyList<NoticeBlock> Build(MeetingNotice notice, string? memberName = null)
    {
        var kind = NoticeWording.KindName(notice.Kind);
        var blocks = new List<NoticeBlock>
        {
            new(NoticeBlockKind.Title, notice.SocietyName),
            new(NoticeBlockKind.Paragraph, $"Registered office: {notice.RegisteredOffice}"),
            new(NoticeBlockKind.Heading, $"Notice of {kind}: {notice.Title}"),
        };
        if (memberName is not null) blocks.Add(new(NoticeBlockKind.Paragraph, $"Dear {memberName},"));
        blocks.Add(new(NoticeBlockKind.Paragraph,
            $"Notice is given that the {kind} of {notice.SocietyName} will be held on {NoticeWording.When(notice)}, {NoticeWording.Where(notice)}."));
        if (notice.Mode != NoticeAttendanceMode.InPerson)
            blocks.Add(new(NoticeBlockKind.Paragraph, "Members who join online count as present at the meeting."));

        blocks.Add(new(NoticeBlockKind.Heading, "Business"));
        blocks.AddRange(notice.Business.Select((item, i) => new NoticeBlock(NoticeBlockKind.NumberedItem, $"{i + 1}. {item}")));
        AddResolutions(blocks, notice.Resolutions);
        AddProxies(blocks, notice);

        blocks.Add(new(NoticeBlockKind.Paragraph, "No business other than that set out in this notice may be transacted at the meeting."));
        blocks.Add(new(NoticeBlockKind.Paragraph, $"By order of the board, {notice.SecretaryName}, Secretary, {NoticeWording.Date(notice.NoticeDate)}"));
        return blocks;
    }

    private static void AddResolutions(List<NoticeBlock> blocks, IReadOnlyList<NoticeResolution> resolutions)
    {
        if (resolutions.Count == 0) return;
        blocks.Add(new(NoticeBlockKind.Heading, "Resolutions"));
        for (var i = 0; i < resolutions.Count; i++)
        {
            var r = resolutions[i];
            blocks.Add(new(NoticeBlockKind.NumberedItem, $"Resolution {i + 1}: {r.Title} ({r.Kind})"));
            foreach (var paragraph in r.Text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                blocks.Add(new(NoticeBlockKind.Paragraph, paragraph));
        }
    }

    private static void AddProxies(List<NoticeBlock> blocks, MeetingNotice notice)
    {
        if (notice.Proxies is not { } proxies) return;
        blocks.Add(new(NoticeBlockKind.Heading, "Proxies"));
        blocks.Add(new(NoticeBlockKind.Paragraph,
            $"A member may appoint a proxy to vote for them. {proxies.HowToAppoint} The appointment must reach the society by {NoticeWording.DateTime(notice, proxies.Deadline)}."));
    }
}
