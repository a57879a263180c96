using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Identity;
using Mutual.Data.Members;
using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Web.Demo;

/// <summary>
/// <c>--demo</c>: a multi-stakeholder society with a few hundred members in every status, a
/// secretary and a member who can log in, always the same. Seeding twice changes nothing.
/// </summary>
public sealed class DemoSeeder(
    MutualDbContext db, UserManager<MutualUser> users, SocietyDirectory directory, MemberRegister register, RulesStore rules)
{
    public const string Slug = "riverside-demo";
    public const string SecretaryEmail = "secretary@demo.example.org";
    public const string MemberEmail = "member@demo.example.org";
    public const string Password = "demo-password";
    private const int People = 320;
    private const string Actor = "demo";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.Societies.AnyAsync(s => s.Slug == Slug, ct)) await CreateAsync(ct);
        Console.WriteLine(
            $"""

            Mutual demo: the society "{Slug}" is ready.
              Secretary: log in as {SecretaryEmail} with the password {Password}
              Member:    log in as {MemberEmail} with the password {Password}

            """);
    }

    private async Task CreateAsync(CancellationToken ct)
    {
        Console.WriteLine($"Seeding the demo society {Slug}...");
        var society = (await directory.CreateAsync(Slug, "Riverside Community Co-operative Limited", "multi-stakeholder", Actor, ct)).Value;
        var classes = (await rules.CurrentAsync(society.Id, ct)).Value.MembershipClasses.Select(c => c.Key).ToArray();

        var firstMember = default(MemberId?);
        var people = DemoPeople.Generate(People, seed: 2014);
        var start = new DateOnly(2019, 4, 1);
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            var appliedOn = start.AddDays(i * 5);
            var applied = await register.ApplyAsync(
                society.Id, new MemberName(p.GivenNames, p.FamilyName), new ContactDetails(p.PostalAddress, p.Postcode, p.Email, p.Phone),
                [classes[i % classes.Length]], appliedOn, Actor, ct);
            var id = applied.Value.Id;
            // Most are admitted a fortnight later; the latest few still wait for the board, and a few were turned down.
            if (i >= People - 12) continue;
            if (i % 41 == 40)
            {
                await register.RejectAsync(society.Id, id, new BoardDecision(appliedOn.AddDays(14), $"BM {appliedOn.Year}/{i % 12 + 1}"), Actor, cancellationToken: ct);
                continue;
            }

            await register.AdmitAsync(society.Id, id, new BoardDecision(appliedOn.AddDays(14), $"BM {appliedOn.Year}/{i % 12 + 1}"), Actor, ct);
            firstMember ??= id;
            if (i % 17 == 16)
                await register.CeaseAsync(society.Id, id, (CessationReason)(i % 3), appliedOn.AddDays(400), Actor, cancellationToken: ct);
        }

        await AddUserAsync(SecretaryEmail, society.Id, SocietyRole.Secretary, null, ct);
        await AddUserAsync(MemberEmail, society.Id, SocietyRole.Member, firstMember, ct);
    }

    private async Task AddUserAsync(string email, SocietyId society, SocietyRole role, MemberId? member, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new MutualUser { UserName = email, Email = email, EmailConfirmed = true };
            var made = await users.CreateAsync(user, Password);
            if (!made.Succeeded) throw new InvalidOperationException(string.Join("; ", made.Errors.Select(e => e.Description)));
        }

        db.SocietyRoles.Add(new SocietyRoleAssignment(user.Id, society, role, member));
        await db.SaveChangesAsync(ct);
    }
}
