using System.Text;
using Mutual.Data.Audit;
using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Data.Tests.Members;

public sealed class RegisterImportTests
{
    private const string Header = "membership_number,given_names,family_name,postal_address,postcode,email,phone,classes,admitted_on,ceased_on,cessation_reason\n";

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_GoodFile_EntersEveryMemberReadableThroughTheRegister(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var csv = Header +
            "1,Mary,Seacole,\"12 Kingston Road, London\",se1 7eh,mary@example.org,,member,2019-04-01,,\n" +
            "2,Ada,Lovelace,3 Ockham Lane,GU23 6NQ,,01483 000000,,01/05/2020,2024-12-31,Death\n";

        var result = await services.Get<RegisterImport>().ImportAsync(society.Id, Utf8(csv), "test", null, DataServices.Cancel);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2, result.Value.Imported);
        var register = services.Fresh<MemberRegister>();
        var mary = (await register.GetByNumberAsync(society.Id, 1, DataServices.Cancel))!;
        Assert.Equal("12 Kingston Road, London", mary.PostalAddress);
        Assert.Equal("SE1 7EH", mary.Postcode);
        Assert.Equal(["member"], mary.ClassKeys);
        Assert.Equal(new DateOnly(2019, 4, 1), mary.AdmittedOn);
        var ada = (await register.GetByNumberAsync(society.Id, 2, DataServices.Cancel))!;
        Assert.Equal(MemberStatus.Ceased, ada.Status);
        Assert.Equal(CessationReason.Death, ada.CessationReason);
        Assert.Equal([MemberStatus.Active, MemberStatus.Ceased], ada.StatusHistory.Select(h => h.Status));
        var found = await register.SearchAsync(society.Id, MemberSearch.Parse("seac"), DataServices.Cancel);
        Assert.Equal(["Mary Seacole"], found.Members.Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_BadRows_RejectsWholeFileNamingRowAndColumnAndWritesNothing(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var csv = Header +
            "1,Mary,Seacole,12 Kingston Road,SE1 7EH,,,member,2019-04-01,,\n" +
            "2,Ada,Lovelace,3 Ockham Lane,GU23 6NQ,not-an-email,,member,2020-05-01,,\n" +
            "x,Alan,Turing,Bletchley Park,MK3 6EB,,,member,2020-05-01,,\n" +
            "1,Grace,Hopper,1 Navy Way,AB1 2CD,,,member,31 May 2020,,\n";

        var result = await services.Get<RegisterImport>().ImportAsync(society.Id, Utf8(csv), "test", null, DataServices.Cancel);

        var rejected = Assert.IsType<ImportRejected>(result.Error);
        Assert.Equal(
            ["row 3, column email", "row 4, column membership_number", "row 5, column admitted_on"],
            rejected.Problems.Select(p => $"row {p.Row}, column {p.Column}"));
        var page = await services.Fresh<MemberRegister>().SearchAsync(society.Id, new MemberSearch(), DataServices.Cancel);
        Assert.Empty(page.Members);
        Assert.Equal(2, (await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel)).EventCount);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_DuplicateOrTakenNumbers_AreNamed(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        await services.AdmitAsync(society, "Existing", "Member");
        var csv = Header +
            "1,Mary,Seacole,12 Kingston Road,SE1 7EH,,,member,2019-04-01,,\n" +
            "2,Ada,Lovelace,3 Ockham Lane,GU23 6NQ,,,member,2020-05-01,,\n" +
            "2,Alan,Turing,Bletchley Park,MK3 6EB,,,member,2020-05-01,,\n";

        var result = await services.Get<RegisterImport>().ImportAsync(society.Id, Utf8(csv), "test", null, DataServices.Cancel);

        var rejected = Assert.IsType<ImportRejected>(result.Error);
        Assert.Equal(
            ["row 2, column membership_number: number 1 is already in the register", "row 4, column membership_number: number 2 is also used in row 3"],
            rejected.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task ImportAsync_MissingAndUnknownColumns_AreReportedOnRowOne()
    {
        await using var services = await DataServices.StartAsync(DatabaseProvider.Sqlite);
        var society = await services.CreateSocietyAsync();

        var result = await services.Get<RegisterImport>().ImportAsync(
            society.Id, Utf8("Membership Number,Surname,Postal address,Postcode,Admitted on\n1,Seacole,x,y,2019-04-01\n"), "test", null, DataServices.Cancel);

        var rejected = Assert.IsType<ImportRejected>(result.Error);
        Assert.Equal(["row 1, column Surname", "row 1, column family_name"], rejected.Problems.Select(p => $"row {p.Row}, column {p.Column}"));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_GoodFile_RecordsOneAuditEventWithTheFileHash(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var csv = Header + "1,Mary,Seacole,12 Kingston Road,SE1 7EH,,,member,2019-04-01,,\n";

        var result = await services.Get<RegisterImport>().ImportAsync(society.Id, Utf8(csv), "test", null, DataServices.Cancel);

        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(expectedHash, result.Value.FileSha256);
        var last = (await services.Fresh<AuditLog>().LastAsync(society.Id, DataServices.Cancel))!;
        Assert.Equal("register.imported", last.Action);
        Assert.Contains(expectedHash, last.Details, StringComparison.Ordinal);
        Assert.True((await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel)).IsIntact);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
