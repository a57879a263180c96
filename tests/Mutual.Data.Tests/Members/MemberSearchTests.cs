using Mutual.Data.Members;
using Mutual.Data.Societies;

namespace Mutual.Data.Tests.Members;

public sealed class MemberSearchTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SearchAsync_ByNamePrefix_FindsAccentAndCaseInsensitiveMatchesInNameOrder(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;

        var page = await services.Fresh<MemberRegister>().SearchAsync(society.Id, MemberSearch.Parse("ó bri"), DataServices.Cancel);

        // "ó bri": given names starting "O", family names starting "BRI" -> nobody; the family name alone:
        Assert.Empty(page.Members);
        var byFamily = await services.Fresh<MemberRegister>().SearchAsync(society.Id, MemberSearch.Parse("obri"), DataServices.Cancel);
        Assert.Equal(["Siobhán Ó Briain", "Liam O'Brien"], byFamily.Members.Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SearchAsync_GivenAndFamilyWords_MatchesBoth(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;

        var page = await services.Fresh<MemberRegister>().SearchAsync(society.Id, MemberSearch.Parse("jo smi"), DataServices.Cancel);

        Assert.Equal(["Joan Smith", "John Smithers"], page.Members.Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SearchAsync_ByNumberAndPostcode_FindsExactNumberAndPostcodePrefix(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        var register = services.Fresh<MemberRegister>();

        var byNumber = await register.SearchAsync(society.Id, MemberSearch.Parse("3"), DataServices.Cancel);
        var byPostcode = await register.SearchAsync(society.Id, MemberSearch.Parse("zz9 9"), DataServices.Cancel);

        Assert.Equal(["Joan Smith"], byNumber.Members.Select(m => m.DisplayName));
        Assert.Equal(["Liam O'Brien"], byPostcode.Members.Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SearchAsync_Paging_WalksTheWholeRegisterOnceInOrder(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        var register = services.Fresh<MemberRegister>();

        var first = await register.SearchAsync(society.Id, new MemberSearch(Page: 1, PageSize: 3), DataServices.Cancel);
        var second = await register.SearchAsync(society.Id, new MemberSearch(Page: 2, PageSize: 3), DataServices.Cancel);

        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Equal(
            ["Siobhán Ó Briain", "Liam O'Brien", "Mary Seacole", "Joan Smith", "John Smithers"],
            first.Members.Concat(second.Members).Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SearchAsync_OtherSociety_NeverSeesTheseMembers(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var hillside = await services.CreateSocietyAsync("hillside", "Hillside Co-operative Limited");
        await services.AdmitAsync(hillside, "Ada", "Smith");

        var page = await services.Fresh<MemberRegister>().SearchAsync(hillside.Id, MemberSearch.Parse("smi"), DataServices.Cancel);

        Assert.Equal(["Ada Smith"], page.Members.Select(m => m.DisplayName));
    }

    // Admitted in this order, so numbers 1..5: Seacole, O'Brien, Smith, Ó Briain, Smithers.
    private static async Task<DataServices> SeededAsync(DatabaseProvider provider)
    {
        var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        await services.AdmitAsync(society, "Mary", "Seacole");
        await services.AdmitAsync(society, "Liam", "O'Brien", "ZZ9 9ZZ");
        await services.AdmitAsync(society, "Joan", "Smith");
        await services.AdmitAsync(society, "Siobhán", "Ó Briain");
        await services.AdmitAsync(society, "John", "Smithers");
        return services;
    }
}
