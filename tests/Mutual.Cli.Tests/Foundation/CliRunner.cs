using System.CommandLine;
using Mutual.Cli.Commands;
using Mutual.Cli.Foundation;
using Mutual.Testing.Databases;

namespace Mutual.Cli.Tests.Foundation;

/// <summary>Runs foundation commands in-process, as Program.cs wires them, against one test database.</summary>
internal sealed class CliRunner(TestDatabase database) : IAsyncDisposable
{
    public TestDatabase Database { get; } = database;

    public string Folder { get; } = Directory.CreateTempSubdirectory("mutual-cli-").FullName;

    public static async Task<CliRunner> StartAsync(Data.DatabaseProvider provider) => new(await TestDatabase.CreateAsync(provider));

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("mutual");
        root.Options.Add(DatabaseOption.Option);
        root.Subcommands.Add(SocietyCommand.Create());
        root.Subcommands.Add(MembersCommand.Create());
        root.Subcommands.Add(RegisterCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--db", Database.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        await Database.DisposeAsync();
    }
}
