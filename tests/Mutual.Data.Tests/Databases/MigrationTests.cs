using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;

namespace Mutual.Data.Tests.Databases;

public sealed class MigrationTests
{
    [Theory, DatabaseProviders]
    public async Task Migrate_FreshDatabase_HasNoPendingMigrationsAndStoresSocieties(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            db.Societies.Add(Society.Create("riverside", "Riverside Co-operative Limited", DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.CreateContext();
        var stored = await reader.Societies.SingleAsync(s => s.Slug == "riverside", TestContext.Current.CancellationToken);
        Assert.Equal("Riverside Co-operative Limited", stored.Name);
    }

    [Theory, DatabaseProviders]
    public async Task SaveChanges_DuplicateSlug_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        db.Societies.Add(Society.Create("riverside", "Riverside Co-operative Limited", DateTimeOffset.UtcNow).Value);
        db.Societies.Add(Society.Create("riverside", "Another Riverside Limited", DateTimeOffset.UtcNow).Value);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Data Source=data/mutual.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=localhost;Database=mutual;Username=mutual", DatabaseProvider.Postgres)]
    public void ProviderOf_ConnectionString_ChoosesTheEngine(string connectionString, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseSetup.ProviderOf(connectionString));
}
