using System.Net;
using System.Text.RegularExpressions;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Polls;

/// <summary>The poll pages: each role reaches only its own pages, and a member's vote through the form gives a receipt that the results list.</summary>
public sealed partial class PollPagesTests
{
    [Theory, DatabaseProviders]
    public async Task OfficerPages_Member_AreRefused(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using var member = await world.App.LoginAsync(PollWorld.FirstMember);

        foreach (var url in new[] { "polls/new", $"polls/{poll}/manage", $"polls/{poll}/paper" })
        {
            using var response = await member.GetAsync($"/s/{world.Society.Slug}/{url}", ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/status/403", StringComparison.Ordinal), $"{url}: {(int)response.StatusCode}");
        }
    }

    [Theory, DatabaseProviders]
    public async Task VoteForm_MemberVotes_ReceiptShownOnceAndListedInResults(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Election());
        var slug = world.Society.Slug;
        using var member = await world.App.LoginAsync(PollWorld.FirstMember);
        var form = await member.GetStringAsync($"/s/{slug}/polls/{poll}/vote", ct);

        using var cast = await member.PostAsync($"/s/{slug}/polls/{poll}/vote", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Preferences[0]"] = "2",
            ["Input.Preferences[1]"] = "3",
            ["Input.Preferences[2]"] = "",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, cast.StatusCode);
        var receiptPage = await member.GetStringAsync(cast.Headers.Location!.OriginalString, ct);
        var receipt = ReceiptCode().Match(receiptPage).Groups[1].Value;
        Assert.Matches("^[0-9A-Z]{12}$", receipt);
        var again = await member.GetStringAsync(cast.Headers.Location!.OriginalString, ct);
        Assert.DoesNotContain(receipt, again, StringComparison.Ordinal);

        await world.RunOfficerStepAsync(poll, "close");
        var results = await member.GetStringAsync($"/s/{slug}/polls/{poll}/results?receipt={receipt}", ct);
        Assert.Contains($"<code>{receipt}</code></td><td>Ben Lloyd, then Cerys Evans</td>", results, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"receipt-code\">([^<]+)<")]
    private static partial Regex ReceiptCode();
}
