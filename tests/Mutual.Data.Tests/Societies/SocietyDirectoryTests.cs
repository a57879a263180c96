using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Rules;

namespace Mutual.Data.Tests.Societies;

public sealed class SocietyDirectoryTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CreateAsync_FromTemplate_AdoptsTheTemplateAsVersionOne(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();

        var found = await services.Fresh<SocietyDirectory>().FindAsync("riverside", DataServices.Cancel);
        Assert.Equal(society.Id, found!.Id);
        var history = await services.Fresh<RulesStore>().HistoryAsync(society.Id, DataServices.Cancel);
        var only = Assert.Single(history);
        Assert.Equal(1, only.Version);
        var rules = RulesYaml.Read(only.Yaml).Value;
        Assert.Equal("Riverside Co-operative Limited", rules.Name);
        Assert.Equal(LegalForm.CoOperative, rules.LegalForm);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CreateAsync_SlugTaken_IsRefused(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        await services.CreateSocietyAsync();

        var again = await services.Fresh<SocietyDirectory>().CreateAsync("riverside", "Other Limited", "co-operative", "test", DataServices.Cancel);

        Assert.IsType<SocietySlugTaken>(again.Error);
        Assert.Single(await services.Fresh<SocietyDirectory>().ListAsync(DataServices.Cancel));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CreateAsync_UnknownTemplate_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);

        var created = await services.Get<SocietyDirectory>().CreateAsync("x", "X Limited", "no-such-template", "test", DataServices.Cancel);

        Assert.False(created.IsSuccess);
        Assert.Empty(await services.Fresh<SocietyDirectory>().ListAsync(DataServices.Cancel));
    }
}
