using Microsoft.EntityFrameworkCore.Design;

namespace Mutual.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a host; generating a
/// migration never connects, so the connection string only has to name the provider.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<MutualDbContext>
{
    public MutualDbContext CreateDbContext(string[] args) => DatabaseSetup.CreateContext("Host=localhost;Database=mutual");
}
