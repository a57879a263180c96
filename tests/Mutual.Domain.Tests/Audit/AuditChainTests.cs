using Mutual.Domain.Audit;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Audit;

public class AuditChainTests
{
    private static readonly SocietyId Society = new(Guid.Parse("0190a5b8-0000-7000-8000-000000000001"));
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditEvent> Chain(int length)
    {
        var events = new List<AuditEvent>();
        for (var i = 0; i < length; i++)
        {
            events.Add(AuditChain.Next(events.LastOrDefault(), Society, Start.AddMinutes(i), "secretary@example.org",
                "member.admitted", $"member-{i + 1}", $$"""{"number":{{i + 1}}}"""));
        }

        return events;
    }

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var verification = AuditChain.Verify(Chain(6));

        Assert.True(verification.IsIntact);
        Assert.Equal(6, verification.EventCount);
    }

    [Fact]
    public void Verify_EmptyChain_IsIntact() => Assert.True(AuditChain.Verify([]).IsIntact);

    [Fact]
    public void Next_FirstEvent_StartsFromGenesisAndNumbersFromOne()
    {
        var first = Chain(1)[0];

        Assert.Equal(1, first.Sequence);
        Assert.Equal(new string('0', 64), first.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
    }

    // Expected value: SHA-256 of the canonical text, computed independently with `printf ... | sha256sum`.
    [Fact]
    public void ComputeHash_KnownEvent_MatchesIndependentSha256()
    {
        var e = new AuditEvent(Society, 1, Start, "sec", "member.admitted", "m1", "{}", AuditChain.GenesisHash, "");

        Assert.Equal("2e0ee48bfe7391e299b2d5ae26e8cf3d897aae8b023254d3b8c4a78d28cab81a", AuditChain.ComputeHash(e));
    }

    [Fact]
    public void Verify_EditedDetails_NamesThatEvent()
    {
        var events = Chain(6);
        events[3] = events[3] with { Details = """{"number":99}""" };

        var verification = AuditChain.Verify(events);

        Assert.False(verification.IsIntact);
        Assert.Equal(4, verification.FirstAlteredSequence);
        Assert.Contains("edited", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EditedAndRehashed_IsCaughtAtTheNextEvent()
    {
        var events = Chain(6);
        var forged = events[2] with { Actor = "intruder" };
        events[2] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(4, AuditChain.Verify(events).FirstAlteredSequence);
    }

    [Fact]
    public void Verify_DeletedEvent_NamesTheMissingPosition()
    {
        var events = Chain(6);
        events.RemoveAt(2);

        var verification = AuditChain.Verify(events);

        Assert.Equal(3, verification.FirstAlteredSequence);
        Assert.Contains("deleted", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedAndRenumbered_IsStillCaught()
    {
        var events = Chain(6);
        events.RemoveAt(2);
        for (var i = 2; i < events.Count; i++) events[i] = events[i] with { Sequence = i + 1 };

        Assert.Equal(3, AuditChain.Verify(events).FirstAlteredSequence);
    }

    [Fact]
    public void Verify_SwappedEvents_NamesTheFirstMoved()
    {
        var events = Chain(6);
        (events[1], events[2]) = (events[2], events[1]);

        Assert.Equal(2, AuditChain.Verify(events).FirstAlteredSequence);
    }

    [Fact]
    public void Verify_EditedTimestamp_IsCaught()
    {
        var events = Chain(3);
        events[0] = events[0] with { OccurredAt = events[0].OccurredAt.AddDays(-1) };

        Assert.Equal(1, AuditChain.Verify(events).FirstAlteredSequence);
    }

    [Fact]
    public void Verify_EventFromAnotherSociety_IsCaught()
    {
        var events = Chain(3);
        events[2] = events[2] with { SocietyId = SocietyId.New() };

        Assert.Equal(3, AuditChain.Verify(events).FirstAlteredSequence);
    }

    [Fact]
    public void Verify_TimeStoredInAnotherOffset_StillVerifies()
    {
        var events = Chain(3).Select(e => e with { OccurredAt = e.OccurredAt.ToOffset(TimeSpan.FromHours(1)) });

        Assert.True(AuditChain.Verify(events).IsIntact);
    }

    [Fact]
    public void Next_SubMicrosecondTime_IsCutSoTheHashSurvivesPostgres()
    {
        var e = AuditChain.Next(null, Society, Start.AddTicks(7), "sec", "x", "y", "z");

        Assert.Equal(Start, e.OccurredAt);
    }
}
