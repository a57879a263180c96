using Microsoft.EntityFrameworkCore.Design;

namespace Mutual.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a host.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<MutualDbContext>
{
    public MutualDbContext CreateDbContext(string[] args) => DatabaseSetup.CreateContext(DatabaseSetup.DefaultConnectionString);
}
