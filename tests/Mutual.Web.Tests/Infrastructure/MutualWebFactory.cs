using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mutual.Web.Tests.Infrastructure;

/// <summary>
/// The real application on the database a test gives it (a fresh SQLite or PostgreSQL database),
/// started exactly as <c>dotnet run</c> starts it, migrations included; <c>settings</c> adds configuration
/// (the mail server, say).
/// </summary>
public sealed class MutualWebFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    // Each host would watch its appsettings files for changes; with many hosts alive at once (tests run
    // in parallel, and alongside other test runs) that exhausts the user's inotify instances (128 by
    // default on Linux) and hosts fail to start. A test host never needs its configuration reloaded.
    static MutualWebFactory() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mutual", connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }
}
