using Mutual.Data;
using Mutual.Web.Demo;

namespace Mutual.Web.Hosting;

/// <summary>
/// Migrates the database before the server takes requests (so a fresh clone just runs), then
/// seeds the demo society when started with <c>--demo</c>.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);

        if (configuration.GetValue<bool>(DemoSwitch.SettingKey))
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
