using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

/// <summary>
/// DOMAIN B6 over the API: anyone with a role in the society gets the register entry linked to their
/// own login, as JSON, CSV or PDF, and nobody else's: the member id never comes from the request.
/// </summary>
public static class MyRecordApi
{
    public static void MapMyRecordApi(this RouteGroupBuilder society)
    {
        var me = society.MapGroup("/members/me");

        me.MapGet("", async Task<Results<Ok<MemberResponse>, NotFound<string>>> (MemberRegister register, HttpContext http, CancellationToken ct) =>
                http.Society() is { MemberId: { } id } s && await register.GetAsync(s.Id, id, ct) is { } m
                    ? TypedResults.Ok(m.ToResponse())
                    : NotLinked())
            .WithName("GetMyRecord").WithSummary("Your own register entry (DOMAIN B6)");

        me.MapGet("/csv", async Task<Results<FileContentHttpResult, NotFound<string>>> (MemberRegister register, HttpContext http, CancellationToken ct) =>
                http.Society() is { MemberId: { } id } s && await register.GetAsync(s.Id, id, ct) is { } m
                    ? TypedResults.File(await MemberRecordCsv.WriteAsync(m, ct), "text/csv", $"{s.Society.Slug}-my-record.csv")
                    : NotLinked())
            .WithName("GetMyRecordCsv").WithSummary("Your own register entry as CSV, in the register's columns");

        me.MapGet("/pdf", async Task<Results<FileContentHttpResult, NotFound<string>>> (RegisterExport export, HttpContext http, CancellationToken ct) =>
            {
                if (http.Society() is not { MemberId: { } id } s) return NotLinked();
                using var pdf = new MemoryStream();
                return await export.WriteMemberPdfAsync(s.Id, s.Society.Name, id, pdf, ct)
                    ? TypedResults.File(pdf.ToArray(), "application/pdf", $"{s.Society.Slug}-my-record.pdf")
                    : NotLinked();
            })
            .WithName("GetMyRecordPdf").WithSummary("Your own register entry as PDF");
    }

    private static NotFound<string> NotLinked() =>
        TypedResults.NotFound("Your login is not linked to an entry in this society's register. Ask the secretary to link it.");
}
