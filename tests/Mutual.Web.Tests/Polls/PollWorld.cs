using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Polls;

/// <summary>
/// A society with a secretary, a returning officer, a chair, a board member and three members (two of
/// whom can log in), and helpers that drive the polls API as each of them.
/// </summary>
public sealed record PollWorld(TestApp App, Society Society, Member First, Member Second, Member Third) : IAsyncDisposable
{
    public const string Secretary = "secretary@polls.example.org";
    public const string ReturningOfficer = "ro@polls.example.org";
    public const string Board = "board@polls.example.org";
    public const string Chair = "chair@polls.example.org";
    public const string FirstMember = "first@polls.example.org";
    public const string SecondMember = "second@polls.example.org";

    public string Api => $"/api/v1/societies/{Society.Slug}/polls";

    public static async Task<PollWorld> CreateAsync(DatabaseProvider provider, string template = "co-operative")
    {
        var app = await TestApp.StartAsync(provider);
        var society = await app.CreateSocietyAsync("polls-coop", template);
        var first = await app.AdmitMemberAsync(society.Id, "Ffion", "Pritchard", "LL55 4UR");
        var second = await app.AdmitMemberAsync(society.Id, "Kwame", "Mensah", "M14 5AB");
        var third = await app.AdmitMemberAsync(society.Id, "Ruth", "Okafor", "BS5 6XY");
        await app.CreateUserAsync(Secretary, society.Id, SocietyRole.Secretary);
        await app.CreateUserAsync(ReturningOfficer, society.Id, SocietyRole.ReturningOfficer);
        await app.CreateUserAsync(Board, society.Id, SocietyRole.BoardMember);
        await app.CreateUserAsync(Chair, society.Id, SocietyRole.Chair);
        await app.CreateUserAsync(FirstMember, society.Id, SocietyRole.Member, first.Id);
        await app.CreateUserAsync(SecondMember, society.Id, SocietyRole.Member, second.Id);
        return new PollWorld(app, society, first, second, third);
    }

    /// <summary>A draft poll open now until tomorrow, with the record date today, as the secretary makes it over the API.</summary>
    public static object Resolution(string title = "Approve the annual accounts") => new
    {
        title,
        kind = "Resolution",
        resolutionKind = "Ordinary",
        recordDate = DateOnly.FromDateTime(DateTime.UtcNow),
        opensAt = DateTimeOffset.UtcNow.AddHours(-1),
        closesAt = DateTimeOffset.UtcNow.AddDays(1),
    };

    public static object Election() => new
    {
        title = "Election of directors",
        kind = "Election",
        seats = 1,
        countingMethod = "scottish-stv",
        candidates = new[] { new { name = "Asha Patel", statement = "Twelve years a member." }, new { name = "Ben Lloyd", statement = "Treasurer of the food hub." }, new { name = "Cerys Evans", statement = "Runs the repair café." } },
        recordDate = DateOnly.FromDateTime(DateTime.UtcNow),
        opensAt = DateTimeOffset.UtcNow.AddHours(-1),
        closesAt = DateTimeOffset.UtcNow.AddDays(1),
    };

    /// <summary>The secretary creates the poll and the returning officer opens it; returns its id and the issued codes by member.</summary>
    public async Task<(Guid Poll, Dictionary<Guid, string> Codes)> OpenPollAsync(object draft)
    {
        using var secretary = await App.LoginAsync(Secretary);
        using var created = await secretary.PostAsJsonAsync(Api, draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var officer = await App.LoginAsync(ReturningOfficer);
        using var opened = await officer.PostAsync($"{Api}/{id}/open", null);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var codes = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("memberId").GetGuid(), c => c.GetProperty("code").GetString()!);
        return (id, codes);
    }

    public async Task RunOfficerStepAsync(Guid poll, string step)
    {
        using var officer = await App.LoginAsync(ReturningOfficer);
        using var response = await officer.PostAsync($"{Api}/{poll}/{step}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<JsonElement> ResultsAsync(Guid poll, string login = Board)
    {
        using var client = await App.LoginAsync(login);
        using var response = await client.GetAsync($"{Api}/{poll}/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
