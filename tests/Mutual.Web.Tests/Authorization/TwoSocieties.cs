using Mutual.Data;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Authorization;

/// <summary>
/// Two societies on one installation, each with a secretary and a member who can log in, and a
/// second member each: the setting in which one society's people must never see the other's.
/// </summary>
public sealed record TwoSocieties(
    TestApp App, Society A, Society B, Member MemberOfA, Member OtherMemberOfA, Member MemberOfB)
{
    public const string SecretaryOfA = "secretary@a.example.org";
    public const string SecretaryOfB = "secretary@b.example.org";
    public const string MemberLoginOfA = "member@a.example.org";

    public static async Task<TwoSocieties> CreateAsync(DatabaseProvider provider)
    {
        var app = await TestApp.StartAsync(provider);
        var a = await app.CreateSocietyAsync("society-a");
        var b = await app.CreateSocietyAsync("society-b");
        var memberOfA = await app.AdmitMemberAsync(a.Id, "Aaliyah", "Ashworth", "GL5 1AA");
        var otherOfA = await app.AdmitMemberAsync(a.Id, "Arthur", "Appleby", "GL5 2AA");
        var memberOfB = await app.AdmitMemberAsync(b.Id, "Bronwen", "Blackwood", "SY20 8BB");
        await app.CreateUserAsync(SecretaryOfA, a.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(SecretaryOfB, b.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(MemberLoginOfA, a.Id, SocietyRole.Member, memberOfA.Id);
        return new TwoSocieties(app, a, b, memberOfA, otherOfA, memberOfB);
    }
}
