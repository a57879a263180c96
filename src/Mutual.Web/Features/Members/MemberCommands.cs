using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Members;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

/// <summary>The member endpoints that change the register: validate the body, call the register, say what went wrong and where.</summary>
public static class MemberCommands
{
    public static async Task<Results<Created<MemberResponse>, ValidationProblem>> ApplyAsync(
        ApplyRequest body, MemberRegister register, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.FamilyName)) missing["familyName"] = ["Enter the family name, or an organisation's registered name."];
        if (string.IsNullOrWhiteSpace(body.PostalAddress)) missing["postalAddress"] = ["Enter a postal address."];
        if (body.Classes is not { Count: > 0 }) missing["classes"] = ["Give at least one membership class key."];
        if (missing.Count > 0) return TypedResults.ValidationProblem(missing);

        var society = http.Society();
        var applied = await register.ApplyAsync(
            society.Id,
            new MemberName(body.GivenNames ?? "", body.FamilyName!),
            new ContactDetails(body.PostalAddress!, body.Postcode ?? "", body.Email, body.Phone),
            body.Classes!,
            body.AppliedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().Date),
            Actor(http),
            ct);
        if (applied.Error is { } error) return Problem(error);
        var m = applied.Value;
        return TypedResults.Created($"/api/v1/societies/{society.Society.Slug}/members/{m.Id}", m.ToResponse());
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ValidationProblem>> AdmitAsync(
        Guid memberId, AdmitRequest body, MemberRegister register, HttpContext http, CancellationToken ct)
    {
        if (body.DecidedOn is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decidedOn"] = ["Give the date of the board's decision."] });
        var society = http.Society().Id;
        if (await register.GetAsync(society, new MemberId(memberId), ct) is null) return TypedResults.NotFound();

        var admitted = await register.AdmitAsync(society, new MemberId(memberId), new BoardDecision(body.DecidedOn.Value, body.MinuteReference), Actor(http), ct);
        return admitted.Error is { } error ? Problem(error) : TypedResults.Ok(admitted.Value.ToResponse());
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ValidationProblem>> CeaseAsync(
        Guid memberId, CeaseRequest body, MemberRegister register, HttpContext http, CancellationToken ct)
    {
        var missing = new Dictionary<string, string[]>();
        if (body.Reason is null) missing["reason"] = [$"Give the reason: one of {string.Join(", ", Enum.GetNames<CessationReason>())}."];
        if (body.CeasedOn is null) missing["ceasedOn"] = ["Give the date membership ended."];
        if (missing.Count > 0) return TypedResults.ValidationProblem(missing);
        var society = http.Society().Id;
        if (await register.GetAsync(society, new MemberId(memberId), ct) is null) return TypedResults.NotFound();

        var ceased = await register.CeaseAsync(society, new MemberId(memberId), body.Reason!.Value, body.CeasedOn!.Value, Actor(http), body.Note, ct);
        return ceased.Error is { } error ? Problem(error) : TypedResults.Ok(ceased.Value.ToResponse());
    }

    private static ValidationProblem Problem(DomainError error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ApiFields.For(error)] = [error.Message] }, title: error.Message);

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";
}
