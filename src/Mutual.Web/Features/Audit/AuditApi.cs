using Mutual.Data.Audit;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Audit;

public sealed record AuditVerificationResponse(bool Intact, int EventCount, long? FirstAlteredEvent, string? Problem);

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder society)
    {
        society.MapGet("/audit/verify", async (AuditLog audit, HttpContext http, CancellationToken ct) =>
            {
                var v = await audit.VerifyAsync(http.Society().Id, ct);
                return TypedResults.Ok(new AuditVerificationResponse(v.IsIntact, v.EventCount, v.FirstAlteredSequence, v.Problem));
            })
            .RequireAuthorization(SocietyPolicies.Officers)
            .WithName("VerifyAudit").WithSummary("Checks the hash chain of the society's register history and names the first altered event");
    }
}
