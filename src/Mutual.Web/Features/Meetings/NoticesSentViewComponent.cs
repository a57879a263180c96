using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Notices;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// Issue 4 point 8, "notices sent", for the secretary: every attempt to serve a meeting's notice
/// (DOMAIN C2), by email or post, with its outcome, newest first. Nothing for anyone else: the
/// list holds members' addresses.
/// </summary>
public sealed class NoticesSentViewComponent(MutualDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid meetingId, string timeZoneId)
    {
        var society = HttpContext.Society();
        if (!society.IsSecretary) return Content("");

        var rows = await db.NoticeDeliveries.AsNoTracking()
            .Where(d => d.SocietyId == society.Id && d.MeetingId == meetingId)
            .Join(db.Members, d => d.MemberId, m => m.Id, (d, m) => new { d.At, d.Address, d.Outcome, d.Error, m.GivenNames, m.FamilyName })
            .ToListAsync(HttpContext.RequestAborted);
        var sent = rows
            .OrderByDescending(r => r.At).ThenBy(r => r.FamilyName, StringComparer.Ordinal)
            .Select(r => new NoticeSentRow(new MemberName(r.GivenNames, r.FamilyName).Display, r.Address, r.Outcome, r.Error, r.At))
            .ToList();
        return View("/Features/Meetings/_NoticesSent.cshtml", new NoticesSent(sent, timeZoneId));
    }
}

public sealed record NoticesSent(IReadOnlyList<NoticeSentRow> Rows, string TimeZoneId);

public sealed record NoticeSentRow(string Member, string Address, NoticeDeliveryOutcome Outcome, string? Error, DateTimeOffset At);
