using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;

namespace Mutual.Data.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task VerifyAsync_UntouchedHistory_IsIntactWithEveryChangeRecorded(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        await services.AdmitAsync(society, "Ada", "Lovelace");

        var verification = await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel);

        Assert.True(verification.IsIntact, verification.ToString());
        // society.created, rules.adopted, member.applied, member.admitted
        Assert.Equal(4, verification.EventCount);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task VerifyAsync_EventEditedWithRawSql_NamesThatEvent(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        await services.AdmitAsync(society, "Ada", "Lovelace");
        await services.AdmitAsync(society, "Alan", "Turing");

        await using (var db = services.Database.CreateContext())
        {
            var changed = await db.Database.ExecuteSqlRawAsync(
                "UPDATE audit_events SET details = REPLACE(details, 'Turing', 'Turing-Smith') WHERE sequence = 5", DataServices.Cancel);
            Assert.Equal(1, changed);
        }

        var verification = await services.Fresh<AuditLog>().VerifyAsync(society.Id, DataServices.Cancel);

        Assert.False(verification.IsIntact);
        Assert.Equal(5, verification.FirstAlteredSequence);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SaveChanges_SecondEventWithSameSequence_IsRefusedSoTheChainCannotFork(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();

        // Both read event 2 as the last, as two concurrent requests would.
        await using var first = services.Database.CreateContext();
        await using var second = services.Database.CreateContext();
        var last = await services.Fresh<AuditLog>().LastAsync(society.Id, DataServices.Cancel);
        first.AuditEvents.Add(Domain.Audit.AuditChain.Next(last, society.Id, DateTimeOffset.UtcNow, "a", "test.one", "x", "{}"));
        second.AuditEvents.Add(Domain.Audit.AuditChain.Next(last, society.Id, DateTimeOffset.UtcNow, "b", "test.two", "y", "{}"));

        await first.SaveChangesAsync(DataServices.Cancel);
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(DataServices.Cancel));
    }
}
