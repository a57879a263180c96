using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Cli.Tests.Foundation;

public sealed class FoundationCommandTests
{
    private const string Register =
        "membership_number,given_names,family_name,postal_address,postcode,email,phone,classes,admitted_on,ceased_on,cessation_reason\n" +
        "1,Mary,Seacole,12 Kingston Road,SE1 7EH,mary@example.org,,member,2019-04-01,,\n" +
        "2,Ada,Lovelace,3 Ockham Lane,GU23 6NQ,,,member,2020-05-01,,\n";

    [Theory, DatabaseProviders]
    public async Task SocietyCreateThenMembersImport_GoodFile_ExitsZeroAndExportsTheRegister(DatabaseProvider provider)
    {
        await using var cli = await CliRunner.StartAsync(provider);
        await File.WriteAllTextAsync(cli.PathOf("register.csv"), Register, TestContext.Current.CancellationToken);

        var created = await cli.RunAsync("society", "create", "--slug", "riverside", "--name", "Riverside Co-operative Limited", "--template", "co-operative");
        var imported = await cli.RunAsync("members", "import", cli.PathOf("register.csv"), "--society", "riverside");
        var exported = await cli.RunAsync("register", "export", "--society", "riverside", "--format", "csv", "--out", cli.PathOf("out.csv"));

        Assert.Equal(0, created.ExitCode);
        Assert.Equal((0, "Imported 2 members.\n"), (imported.ExitCode, imported.Output));
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(Register, await File.ReadAllTextAsync(cli.PathOf("out.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MembersImport_BadRow_ExitsNonZeroNamingRowAndColumnAndImportsNothing()
    {
        await using var cli = await CliRunner.StartAsync(DatabaseProvider.Sqlite);
        await cli.RunAsync("society", "create", "--slug", "riverside", "--name", "Riverside Co-operative Limited");
        await File.WriteAllTextAsync(cli.PathOf("bad.csv"), Register + "3,Alan,Turing,,MK3 6EB,,,member,2020-05-01,,\n", TestContext.Current.CancellationToken);

        var imported = await cli.RunAsync("members", "import", cli.PathOf("bad.csv"), "--society", "riverside");

        Assert.Equal(1, imported.ExitCode);
        Assert.StartsWith("row 4, column postal_address: ", imported.Error, StringComparison.Ordinal);
        await using var db = cli.Database.CreateContext();
        Assert.Equal(0, await db.Members.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory, DatabaseProviders]
    public async Task AuditVerify_AfterRawSqlEdit_ExitsNonZeroNamingTheEvent(DatabaseProvider provider)
    {
        await using var cli = await CliRunner.StartAsync(provider);
        await cli.RunAsync("society", "create", "--slug", "riverside", "--name", "Riverside Co-operative Limited");
        var intact = await cli.RunAsync("audit", "verify", "--society", "riverside");
        await using (var db = cli.Database.CreateContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET actor = 'someone else' WHERE sequence = 2", TestContext.Current.CancellationToken);

        var broken = await cli.RunAsync("audit", "verify", "--society", "riverside");

        Assert.Equal((0, "Audit chain intact: 2 events.\n"), (intact.ExitCode, intact.Output));
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith("Audit chain broken at event 2:", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesExportThenImport_SameRules_AdoptsVersionTwo()
    {
        await using var cli = await CliRunner.StartAsync(DatabaseProvider.Sqlite);
        await cli.RunAsync("society", "create", "--slug", "riverside", "--name", "Riverside Co-operative Limited");

        var exported = await cli.RunAsync("society", "rules", "export", "--society", "riverside", "--out", cli.PathOf("rules.yaml"));
        var imported = await cli.RunAsync("society", "rules", "import", cli.PathOf("rules.yaml"), "--society", "riverside");

        Assert.Equal(0, exported.ExitCode);
        Assert.Contains("Riverside Co-operative Limited", await File.ReadAllTextAsync(cli.PathOf("rules.yaml"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal((0, "Adopted the rules as version 2.\n"), (imported.ExitCode, imported.Output));
    }

    [Fact]
    public async Task RulesImport_BrokenYaml_ExitsNonZeroNamingTheLine()
    {
        await using var cli = await CliRunner.StartAsync(DatabaseProvider.Sqlite);
        await cli.RunAsync("society", "create", "--slug", "riverside", "--name", "Riverside Co-operative Limited");
        await File.WriteAllTextAsync(cli.PathOf("rules.yaml"), "name: Riverside Co-operative Limited\nlegalForm: [oops\n", TestContext.Current.CancellationToken);

        var imported = await cli.RunAsync("society", "rules", "import", cli.PathOf("rules.yaml"), "--society", "riverside");

        Assert.Equal(1, imported.ExitCode);
        Assert.Contains("line", imported.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SocietyCreate_UnknownSocietyLater_ExportRefusedWithMessage()
    {
        await using var cli = await CliRunner.StartAsync(DatabaseProvider.Sqlite);

        var exported = await cli.RunAsync("register", "export", "--society", "nowhere", "--out", cli.PathOf("x.csv"));

        Assert.Equal(1, exported.ExitCode);
        Assert.Equal("There is no society \"nowhere\" here.\n", exported.Error);
    }

    [Theory]
    [InlineData("society", "create")]
    [InlineData("society", "rules", "export")]
    [InlineData("society", "rules", "import")]
    [InlineData("members", "import")]
    [InlineData("register", "export")]
    [InlineData("audit", "verify")]
    public async Task Help_EveryFoundationCommand_DescribesItsOptions(params string[] command)
    {
        await using var cli = await CliRunner.StartAsync(DatabaseProvider.Sqlite);

        var help = await cli.RunAsync([.. command, "--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        Assert.Contains("--db", help.Output, StringComparison.Ordinal);
    }
}
