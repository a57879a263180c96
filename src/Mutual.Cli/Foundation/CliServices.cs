using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Societies;
using Mutual.Domain.Common;
using Mutual.Domain.Societies;

namespace Mutual.Cli.Foundation;

/// <summary>
/// What a foundation command runs with: the data services over the <c>--db</c> database (migrated
/// first, so a new file just works), the command's output and error writers, and who to name in the
/// audit log.
/// </summary>
internal sealed class CliServices(IServiceProvider services, TextWriter output, TextWriter error)
{
    public const int Refused = 1;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public static string Actor => $"cli:{Environment.UserName}";

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<int> RunAsync(ParseResult parse, Func<CliServices, Task<int>> body, CancellationToken cancellationToken)
    {
        var connectionString = parse.GetValue(DatabaseOption.Option)!;
        await DatabaseSetup.MigrateAsync(connectionString, cancellationToken);
        await using var provider = new ServiceCollection().AddMutualDatabase(connectionString).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var cli = new CliServices(scope.ServiceProvider, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        return await body(cli);
    }

    public async Task<Society?> SocietyAsync(string slug, CancellationToken cancellationToken)
    {
        var society = await Get<SocietyDirectory>().FindAsync(slug, cancellationToken);
        if (society is null) await Error.WriteLineAsync(new SocietyNotFound(slug).Message);
        return society;
    }

    public async Task<int> FailAsync(DomainError error)
    {
        await Error.WriteLineAsync(error.Message);
        return Refused;
    }
}
