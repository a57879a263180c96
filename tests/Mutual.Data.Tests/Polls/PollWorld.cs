using Mutual.Data.Members;
using Mutual.Data.Polls;
using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Polls;

/// <summary>A society with members and a poll open now, for the poll data tests.</summary>
internal sealed class PollWorld(DataServices services, Society society, IReadOnlyList<Member> members)
{
    public static readonly DateOnly Admitted = new(2025, 2, 3);

    public DataServices Services => services;

    public Society Society => society;

    public IReadOnlyList<Member> Members => members;

    public PollService Polls => services.Get<PollService>();

    public static CancellationToken Cancel => DataServices.Cancel;

    /// <summary>A society from <paramref name="template"/> with one member per class key given.</summary>
    public static async Task<PollWorld> CreateAsync(
        DataServices services, IReadOnlyList<string> classKeys, string template = "co-operative", Func<SocietyRules, SocietyRules>? adjust = null)
    {
        var society = (await services.Get<SocietyDirectory>().CreateAsync("riverside", "Riverside Co-operative Limited", template, "test", Cancel)).Value;
        if (adjust is not null)
        {
            var store = services.Get<RulesStore>();
            var rules = (await store.CurrentAsync(society.Id, Cancel)).Value;
            Assert.True((await store.ImportAsync(society.Id, RulesYaml.Write(adjust(rules)), "test", Cancel)).IsSuccess);
        }

        var register = services.Get<MemberRegister>();
        var members = new List<Member>();
        foreach (var (key, i) in classKeys.Select((k, i) => (k, i)))
        {
            var applied = await register.ApplyAsync(
                society.Id, new MemberName($"Given{i}", $"Family{i}"), new ContactDetails($"{i} High Street, Town", "AB1 2CD"), [key],
                new DateOnly(2025, 1, 6), "test", Cancel);
            members.Add((await register.AdmitAsync(society.Id, applied.Value.Id, new BoardDecision(Admitted, "B25/4"), "test", Cancel)).Value);
        }

        return new PollWorld(services, society, members);
    }

    public static PollDraft Resolution(ResolutionKind kind = ResolutionKind.Ordinary) => new()
    {
        Title = "Approve the annual accounts",
        ResolutionKind = kind,
        RecordDate = new DateOnly(2025, 3, 1),
        OpensAt = DateTimeOffset.UtcNow.AddHours(-1),
        ClosesAt = DateTimeOffset.UtcNow.AddDays(7),
    };

    public static PollDraft Election(int seats, params string[] candidates) => Resolution() with
    {
        Title = "Board election",
        Kind = PollKind.Election,
        Seats = seats,
        Candidates = [.. candidates.Select(c => new CandidateDraft(c, $"{c} will serve."))],
    };

    /// <summary>Creates and opens the poll; returns it with the codes issued, by member.</summary>
    public async Task<(PollId Poll, Dictionary<MemberId, string> Codes)> OpenAsync(PollDraft draft)
    {
        var poll = (await Polls.CreateAsync(society.Id, draft, "secretary", Cancel)).Value;
        var codes = (await Polls.OpenAsync(society.Id, poll, "returning-officer", Cancel)).Value;
        return (poll, codes.ToDictionary(c => c.MemberId, c => c.Code));
    }

    public async Task<BallotReceipt> VoteAsync(PollId poll, Member member, BallotContent ballot)
    {
        var cast = await services.Fresh<PollService>().CastAsync(society.Id, poll, new VoterCredential.Member(member.Id), ballot, "member", Cancel);
        Assert.True(cast.IsSuccess, cast.Error?.Message);
        return cast.Value;
    }

    public async Task<PollResults> CloseAndCountAsync(PollId poll)
    {
        Assert.True((await Polls.CloseAsync(society.Id, poll, "returning-officer", Cancel)).IsSuccess);
        var counted = await Polls.CountAsync(society.Id, poll, "returning-officer", Cancel);
        Assert.True(counted.IsSuccess, counted.Error?.Message);
        return (await Polls.ResultsAsync(society.Id, poll, Cancel))!;
    }
}
