using Mutual.Counting.Methods;
using Mutual.Counting.Parsing;
using Mutual.Domain.Polls;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Polls;

public sealed class ElectionCountTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static Poll Election(SocietyRules rules, int seats = 1, params string[] names) =>
        Poll.Create(SocietyId.New(), new PollDraft
        {
            Title = "Board election 2026",
            Kind = PollKind.Election,
            Seats = seats,
            Candidates = [.. (names.Length == 0 ? ["Ash", "Birch"] : names).Select(n => new CandidateDraft(n))],
            RecordDate = new DateOnly(2026, 4, 1),
            OpensAt = Now,
            ClosesAt = Now.AddDays(7),
        }, rules, Now).Value;

    // One worker for Ash, three users for Birch, classes weighted 50% each.
    private static RankedVote[] WorkerAndThreeUsers() =>
        [new("worker", 1, [1]), new("user", 1, [2]), new("user", 1, [2]), new("user", 1, [2])];

    [Fact]
    public void Build_Weighted_EachClassCarriesItsWeightOfAllVotes()
    {
        // N = 4 votes. Worker ballot: 1 × 50% × 4 / 1 = 2. Each user ballot: 1 × 50% × 4 / 3 = 0.666666 (rounded down).
        var election = ElectionBallots.Build(Election(PollRules.TwoHalves()), PollRules.TwoHalves(), WorkerAndThreeUsers());

        Assert.Equal([2m, 0.666666m, 0.666666m, 0.666666m], election.Ballots.Select(b => b.Weight));
        Assert.Equal([0], election.Ballots[0].Ranks[0]);
    }

    [Fact]
    public void Build_WeightedMergedBallots_WeighWhatTheyWouldApart()
    {
        // The three user ballots merged: still 3 × 0.666666 (each rounded down before adding), not 0.666666… × 3 rounded once (2).
        RankedVote[] merged = [new("worker", 1, [1]), new("user", 1, [2], Ballots: 3)];

        var election = ElectionBallots.Build(Election(PollRules.TwoHalves()), PollRules.TwoHalves(), merged);

        Assert.Equal([2m, 1.999998m], election.Ballots.Select(b => b.Weight));
    }

    [Fact]
    public void Build_UnweightedMergedBallots_WeighBallotsTimesVotes()
    {
        RankedVote[] merged = [new(null, 3, [1], Ballots: 2), new(null, 1, [2], Ballots: 5)];

        var election = ElectionBallots.Build(Election(PollRules.Plain()), PollRules.Plain(), merged);

        Assert.Equal([6m, 5m], election.Ballots.Select(b => b.Weight));
    }

    [Fact]
    public void Count_Weighted_TheHalfWithOneVoterStillElects()
    {
        var rules = PollRules.TwoHalves();

        var outcome = ElectionCount.Count(Election(rules), rules, WorkerAndThreeUsers());

        // Ash 2 against Birch 1.999998.
        Assert.Equal([1], outcome.Elected);
        Assert.True(outcome.Weighted);
        Assert.Contains("Ash", outcome.RoundSheetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_Unweighted_OneMemberOneVote()
    {
        RankedVote[] votes = [new(null, 1, [1]), new(null, 1, [2]), new(null, 1, [2]), new(null, 1, [2])];

        var outcome = ElectionCount.Count(Election(PollRules.Plain()), PollRules.Plain(), votes);

        Assert.Equal([2], outcome.Elected);
        Assert.False(outcome.Weighted);
    }

    [Fact]
    public void Build_VotesPerMember_WeighEachBallot()
    {
        RankedVote[] votes = [new(null, 3, [1]), new(null, 1, [2, 1])];

        var election = ElectionBallots.Build(Election(PollRules.Plain()), PollRules.Plain(), votes);

        Assert.Equal([3m, 1m], election.Ballots.Select(b => b.Weight));
        Assert.Equal([[1], [0]], election.Ballots[1].Ranks);
    }

    [Fact]
    public void BltWriter_ReadBackAndRecounted_GivesTheSameWinners()
    {
        var rules = PollRules.TwoHalves();
        var poll = Election(rules, 2, "Ash", "Birch", "Cedar", "Damson");
        RankedVote[] votes =
        [
            new("worker", 1, [1, 3]), new("worker", 1, [1, 2]), new("worker", 1, [3, 1]),
            new("user", 1, [2, 4]), new("user", 1, [4, 2]), new("user", 1, [2]), new("user", 1, [4, 3, 1]), new("user", 1, [2, 1]),
        ];
        var election = ElectionBallots.Build(poll, rules, votes);
        var counted = ElectionCount.Count(poll, rules, votes);

        using var blt = new StringWriter();
        BltWriter.Write(blt, election);
        var read = BltReader.Read(new StringReader(blt.ToString()));
        var recount = MethodCatalog.Find("scottish-stv")!.Count(read, new CountOptions());

        Assert.Equal(["Ash", "Birch", "Cedar", "Damson"], read.Candidates);
        Assert.Equal(2, read.Seats);
        Assert.Equal(election.TotalWeight, read.TotalWeight);
        Assert.Equal(counted.Elected.Select(n => n - 1).Order(), recount.Elected.Order());
    }
}
