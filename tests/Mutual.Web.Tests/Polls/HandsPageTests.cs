using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Polls;

/// <summary>DOMAIN C6 with C10 on the chair's page: in a weighted society the hands are entered class by class.</summary>
public sealed class HandsPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task HandsPage_WeightedSociety_AsksPerClassNamesAMissingCountThenRecordsEachClass(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider, "multi-stakeholder");
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using var chair = await world.App.LoginAsync(PollWorld.Chair);
        var url = $"/s/{world.Society.Slug}/polls/{poll}/hands";
        var form = await chair.GetStringAsync(url, Cancel);
        // The template's classes, in its order: worker 50%, user 25%, supporter 10%, investor 15%.
        int[][] counts = [[1, 3, 0], [4, 0, 1], [0, 2, 0], [3, 1, 0]];
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form) };
        for (var i = 0; i < counts.Length; i++)
        {
            fields[$"Input.Classes[{i}].For"] = counts[i][0].ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Input.Classes[{i}].Against"] = counts[i][1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Input.Classes[{i}].Abstain"] = counts[i][2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var missing = new Dictionary<string, string>(fields) { ["Input.Classes[2].Against"] = "" };
        using var refused = await chair.PostAsync(url, new FormUrlEncodedContent(missing), Cancel);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        var afterRefusal = await StoredAsync(world, poll);
        using var recorded = await chair.PostAsync(url, new FormUrlEncodedContent(fields), Cancel);
        var stored = await StoredAsync(world, poll);

        Assert.Contains("<legend>Worker member (weight 50%)</legend>", form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Input_Classes_3__Abstain\">Abstentions among Investor member</label>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.For\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#Input_Classes_2__Against\">Enter the number of hands against among Supporter member: a whole number, 0 or more</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Null(afterRefusal.ShowOfHands);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(new ShowOfHands(8, 6, 1), stored.ShowOfHands);
        Assert.Equal(
            [new ClassShowOfHands("investor", 3, 1, 0), new ClassShowOfHands("supporter", 0, 2, 0), new ClassShowOfHands("user", 4, 0, 1), new ClassShowOfHands("worker", 1, 3, 0)],
            stored.HandsByClass);
    }

    [Theory, DatabaseProviders]
    public async Task HandsPage_BoardMember_IsRefused(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using var board = await world.App.LoginAsync(PollWorld.Board);

        using var response = await board.GetAsync($"/s/{world.Society.Slug}/polls/{poll}/hands", Cancel);

        Assert.True(Authorization.SocietyIsolationTests.Refused(response), $"{(int)response.StatusCode}");
    }

    private static Task<Poll> StoredAsync(PollWorld world, Guid poll) =>
        world.App.WithScopeAsync(async services => (await services.GetRequiredService<PollService>().GetAsync(world.Society.Id, new PollId(poll), Cancel))!);
}
