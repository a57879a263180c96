using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Identity;
using Mutual.Data.Members;
using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Infrastructure;

/// <summary>
/// The application on a fresh database of one engine, with helpers to add societies and users
/// through the application's own services and to log in over HTTP as a browser would.
/// </summary>
public sealed partial class TestApp : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private readonly TestDatabase _database;

    private TestApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        _database = database;
        Factory = new MutualWebFactory(database.ConnectionString, settings);
    }

    public MutualWebFactory Factory { get; }

    /// <summary>Starts the host (which migrates the database); <paramref name="kestrel"/> serves it on a real port for a browser.</summary>
    public static async Task<TestApp> StartAsync(DatabaseProvider provider, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider), settings);
        if (kestrel) app.Factory.UseKestrel(0);
        app.Factory.StartServer();
        return app;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Society> CreateSocietyAsync(string slug, string template = "co-operative") =>
        WithScopeAsync(async services =>
        {
            var created = await services.GetRequiredService<SocietyDirectory>()
                .CreateAsync(slug, $"{slug} Limited", template, "test", CancellationToken.None);
            return created.Value;
        });

    public Task<Guid> CreateUserAsync(string email, SocietyId society, SocietyRole role, MemberId? member = null) =>
        WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MutualUser>>();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new MutualUser { UserName = email, Email = email, EmailConfirmed = true };
                var made = await users.CreateAsync(user, Password);
                if (!made.Succeeded) throw new InvalidOperationException(string.Join("; ", made.Errors.Select(e => e.Description)));
            }

            var db = services.GetRequiredService<MutualDbContext>();
            db.SocietyRoles.Add(new SocietyRoleAssignment(user.Id, society, role, member));
            await db.SaveChangesAsync();
            return user.Id;
        });

    /// <summary>An applicant admitted by the board, through the register the pages use.</summary>
    public Task<Member> AdmitMemberAsync(SocietyId society, string givenNames, string familyName, string postcode) =>
        WithScopeAsync(async services =>
        {
            var register = services.GetRequiredService<MemberRegister>();
            var rules = await services.GetRequiredService<RulesStore>().CurrentAsync(society, CancellationToken.None);
            var classKey = rules.Value.MembershipClasses[0].Key;
            var applied = await register.ApplyAsync(
                society, new MemberName(givenNames, familyName), new ContactDetails("1 High Street, Stroud", postcode, null, null),
                [classKey], new DateOnly(2025, 1, 6), "test", CancellationToken.None);
            var admitted = await register.AdmitAsync(society, applied.Value.Id, new BoardDecision(new DateOnly(2025, 1, 20)), "test", CancellationToken.None);
            if (admitted.Error is { } error) throw new InvalidOperationException(error.Message);
            return (await register.GetAsync(society, applied.Value.Id, CancellationToken.None))!;
        });

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see exactly what the server said.</summary>
    public HttpClient AnonymousClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> LoginAsync(string email)
    {
        var client = AnonymousClient();
        var form = await client.GetStringAsync("/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
