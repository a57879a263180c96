using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Data.Tests.Members;

public sealed class MemberRegisterTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AdmitAsync_TwoApplicants_NumbersThemInTurnAndKeepsHistory(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();

        var first = await services.AdmitAsync(society, "Ada", "Lovelace");
        var second = await services.AdmitAsync(society, "Alan", "Turing");

        var stored = await services.Fresh<MemberRegister>().GetAsync(society.Id, second.Id, DataServices.Cancel);
        Assert.Equal(1, first.MembershipNumber);
        Assert.Equal(2, stored!.MembershipNumber);
        Assert.Equal([MemberStatus.Applicant, MemberStatus.Active], stored.StatusHistory.Select(h => h.Status));
        Assert.Equal(new DateOnly(2025, 2, 3), stored.AdmittedOn);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CeaseAsync_ActiveMember_KeepsEntryWithDateAndReason(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var member = await services.AdmitAsync(society, "Ada", "Lovelace");

        var ceased = await services.Get<MemberRegister>().CeaseAsync(
            society.Id, member.Id, CessationReason.Withdrawal, new DateOnly(2025, 6, 30), "test", null, DataServices.Cancel);

        Assert.True(ceased.IsSuccess);
        var stored = await services.Fresh<MemberRegister>().GetAsync(society.Id, member.Id, DataServices.Cancel);
        Assert.Equal(MemberStatus.Ceased, stored!.Status);
        Assert.Equal(new DateOnly(2025, 6, 30), stored.CeasedOn);
        Assert.Equal(CessationReason.Withdrawal, stored.CessationReason);
        Assert.Equal(3, stored.StatusHistory.Count);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AdmitAsync_MemberOfAnotherSociety_IsNotFound(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var riverside = await services.CreateSocietyAsync();
        var hillside = await services.CreateSocietyAsync("hillside", "Hillside Co-operative Limited");
        var applied = await services.Get<MemberRegister>().ApplyAsync(
            riverside.Id, new MemberName("Ada", "Lovelace"), new ContactDetails("1 High Street", "AB1 2CD"), ["member"],
            new DateOnly(2025, 1, 6), "test", DataServices.Cancel);

        var admitted = await services.Get<MemberRegister>().AdmitAsync(
            hillside.Id, applied.Value.Id, new BoardDecision(new DateOnly(2025, 2, 3)), "test", DataServices.Cancel);

        Assert.IsType<MemberNotFound>(admitted.Error);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ApplyAsync_UnknownClass_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();

        var applied = await services.Get<MemberRegister>().ApplyAsync(
            society.Id, new MemberName("Ada", "Lovelace"), new ContactDetails("1 High Street", "AB1 2CD"), ["investor"],
            new DateOnly(2025, 1, 6), "test", DataServices.Cancel);

        Assert.IsType<UnknownMembershipClass>(applied.Error);
        var page = await services.Fresh<MemberRegister>().SearchAsync(society.Id, new MemberSearch(), DataServices.Cancel);
        Assert.Empty(page.Members);
    }
}
