using System.Text.Json;
using Mutual.Data.Audit;
using Mutual.Data.Identity;
using Mutual.Data.Societies;
using Mutual.Domain.Audit;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Societies;

/// <summary>Every role given or taken away is an audit event: who, which role, to whom, before and after.</summary>
public sealed class RoleGrantsTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task GrantAsync_NewRole_RecordsWhoGaveWhichRoleToWhom(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var user = await UserAsync(services, "carol@example.org");

        var changed = await services.Get<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.BoardMember, null, "sec@example.org", DataServices.Cancel);

        Assert.True(changed);
        var e = await LastAsync(services, society.Id);
        Assert.Equal(("role.granted", "sec@example.org", "BoardMember to carol@example.org"), (e.Action, e.Actor, e.Subject));
        using var details = JsonDocument.Parse(e.Details);
        Assert.Equal(JsonValueKind.Null, details.RootElement.GetProperty("before").ValueKind);
        var after = details.RootElement.GetProperty("after");
        Assert.Equal("carol@example.org", after.GetProperty("email").GetString());
        Assert.Equal("BoardMember", after.GetProperty("role").GetString());
        Assert.Equal(user, after.GetProperty("userId").GetGuid());
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task GrantAsync_SameRoleAgainThenLinkedToMember_RecordsOnlyTheRealChangeWithBeforeAndAfter(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var member = await services.AdmitAsync(society, "Dan", "Dare");
        var user = await UserAsync(services, "dan@example.org");
        await services.Fresh<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.Member, null, "sec", DataServices.Cancel);
        var eventsBefore = (await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel)).EventCount;

        var again = await services.Fresh<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.Member, null, "sec", DataServices.Cancel);
        var linked = await services.Fresh<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.Member, member.Id, "sec", DataServices.Cancel);

        Assert.False(again);
        Assert.True(linked);
        var verification = await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel);
        Assert.Equal(eventsBefore + 1, verification.EventCount);
        Assert.True(verification.IsIntact);
        using var details = JsonDocument.Parse((await LastAsync(services, society.Id)).Details);
        Assert.Equal(JsonValueKind.Null, details.RootElement.GetProperty("before").GetProperty("memberId").ValueKind);
        Assert.Equal(member.Id.Value, details.RootElement.GetProperty("after").GetProperty("memberId").GetGuid());
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RevokeAsync_HeldRole_RemovesItAndRecordsTheRoleItHad(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var user = await UserAsync(services, "erin@example.org");
        await services.Fresh<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.ReturningOfficer, null, "sec", DataServices.Cancel);

        var revoked = await services.Fresh<RoleGrants>().RevokeAsync(society.Id, user, SocietyRole.ReturningOfficer, Guid.NewGuid(), "sec2", DataServices.Cancel);
        var again = await services.Fresh<RoleGrants>().RevokeAsync(society.Id, user, SocietyRole.ReturningOfficer, Guid.NewGuid(), "sec2", DataServices.Cancel);

        Assert.True(revoked.Value);
        Assert.False(again.Value);
        await using var db = services.Database.CreateContext();
        Assert.DoesNotContain(db.SocietyRoles, r => r.UserId == user);
        var e = await LastAsync(services, society.Id);
        Assert.Equal(("role.revoked", "sec2", "ReturningOfficer from erin@example.org"), (e.Action, e.Actor, e.Subject));
        using var details = JsonDocument.Parse(e.Details);
        Assert.Equal("ReturningOfficer", details.RootElement.GetProperty("before").GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, details.RootElement.GetProperty("after").ValueKind);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RevokeAsync_OwnSecretaryRole_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var user = await UserAsync(services, "frank@example.org");
        await services.Fresh<RoleGrants>().GrantAsync(society.Id, user, SocietyRole.Secretary, null, "sec", DataServices.Cancel);
        var eventsBefore = (await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel)).EventCount;

        var revoked = await services.Fresh<RoleGrants>().RevokeAsync(society.Id, user, SocietyRole.Secretary, user, "frank@example.org", DataServices.Cancel);

        Assert.IsType<OwnSecretaryRole>(revoked.Error);
        await using var db = services.Database.CreateContext();
        Assert.Contains(db.SocietyRoles, r => r.UserId == user && r.Role == SocietyRole.Secretary);
        Assert.Equal(eventsBefore, (await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel)).EventCount);
    }

    private static async Task<Guid> UserAsync(DataServices services, string email)
    {
        await using var db = services.Database.CreateContext();
        var user = new MutualUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync(DataServices.Cancel);
        return user.Id;
    }

    private static async Task<AuditEvent> LastAsync(DataServices services, Domain.Societies.SocietyId society) =>
        (await services.Fresh<AuditLog>().LastAsync(society, DataServices.Cancel))!;
}
