using Mutual.Counting.Methods.Simple;
using Mutual.Data.Polls;
using Mutual.Data.Rules;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Polls;

/// <summary>DOMAIN C6 with C10: the chair's hands, class by class, stored and weighted like ballots.</summary>
public sealed class WeightedShowOfHandsTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RecordShowOfHandsAsync_ByClassInMultiStakeholderSociety_IsStoredAndWeightedPerClass(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["worker", "user", "supporter", "investor"], "multi-stakeholder");
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());
        ClassShowOfHands[] hands = [new("worker", 1, 3, 0), new("user", 4, 0, 1), new("supporter", 0, 2, 0), new("investor", 3, 1, 0)];

        var recorded = await world.Polls.RecordShowOfHandsAsync(world.Society.Id, poll, hands, "chair", PollWorld.Cancel);
        var stored = await services.Fresh<PollService>().GetAsync(world.Society.Id, poll, PollWorld.Cancel);
        var totals = new List<ClassVoteTotals>();
        var raised = ShowOfHandsTally.AddTo(stored!, totals);
        var rules = (await services.Get<RulesStore>().CurrentAsync(world.Society.Id, PollWorld.Cancel)).Value;
        var outcome = ResolutionDecision.Decide(ResolutionKind.Ordinary, rules, totals, stored!.Eligible, raised);

        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        Assert.Equal(new ShowOfHands(8, 6, 1), stored.ShowOfHands);
        Assert.Equal(hands.OrderBy(h => h.ClassKey, StringComparer.Ordinal), stored.HandsByClass);
        Assert.Equal(15, raised);
        // Heads alone, 8 to 6 would carry it. Weighted (50%, 25%, 10%, 15%), abstentions not cast:
        // 1/2 × 1/4 + 1/4 × 4/4 + 1/10 × 0/2 + 3/20 × 3/4 = 10/80 + 20/80 + 0 + 9/80 = 39/80: not carried.
        Assert.Equal(new ExactFraction(39, 80), outcome.ShareFor);
        Assert.False(outcome.Carried);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CountAsync_HandsByClass_AreWeightedInTheStoredOutcome(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["worker", "user", "supporter", "investor"], "multi-stakeholder");
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());
        ClassShowOfHands[] hands = [new("worker", 1, 3, 0), new("user", 4, 0, 1), new("supporter", 0, 2, 0), new("investor", 3, 1, 0)];
        await world.Polls.RecordShowOfHandsAsync(world.Society.Id, poll, hands, "chair", PollWorld.Cancel);

        var resolution = (await world.CloseAndCountAsync(poll)).Resolution!;

        // The same hands as above, through the count the returning officer runs: 39/80, lost.
        Assert.Equal(new ExactFraction(39, 80), resolution.ShareFor);
        Assert.False(resolution.Carried);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RecordShowOfHandsAsync_TotalsInMultiStakeholderSociety_AreRefusedAndChangeNothing(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["worker", "user"], "multi-stakeholder");
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());

        var refused = await world.Polls.RecordShowOfHandsAsync(world.Society.Id, poll, new ShowOfHands(5, 1, 0), "chair", PollWorld.Cancel);
        var stored = await services.Fresh<PollService>().GetAsync(world.Society.Id, poll, PollWorld.Cancel);

        Assert.IsType<ShowOfHandsByClassRequired>(refused.Error);
        Assert.Null(stored!.ShowOfHands);
        Assert.Empty(stored.HandsByClass);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AddTo_UnweightedSociety_AddsOneSetOfTotalsWithNoClass(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member"]);
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());

        await world.Polls.RecordShowOfHandsAsync(world.Society.Id, poll, new ShowOfHands(9, 2, 4), "chair", PollWorld.Cancel);
        var totals = new List<ClassVoteTotals>();
        var raised = ShowOfHandsTally.AddTo((await services.Fresh<PollService>().GetAsync(world.Society.Id, poll, PollWorld.Cancel))!, totals);

        Assert.Equal([new ClassVoteTotals(null, 9, 2, 4)], totals);
        Assert.Equal(15, raised);
    }
}
