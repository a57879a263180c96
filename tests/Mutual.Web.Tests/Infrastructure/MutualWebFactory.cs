using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mutual.Web.Tests.Infrastructure;

/// <summary>
/// The real application on the database a test gives it (a fresh SQLite or PostgreSQL database),
/// started exactly as <c>dotnet run</c> starts it, migrations included.
/// </summary>
public sealed class MutualWebFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mutual", connectionString);
    }
}
