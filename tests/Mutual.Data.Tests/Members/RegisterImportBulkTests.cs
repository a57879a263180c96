using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Data.Tests.Members;

/// <summary>The bulk path of the import: many-row statements, and indexes set aside and rebuilt on SQLite.</summary>
public sealed class RegisterImportBulkTests
{
    private const string Header = "membership_number,given_names,family_name,postal_address,postcode,email,phone,classes,admitted_on,ceased_on,cessation_reason\n";

    // 130 rows: two full SQLite statements of 64 and a remainder of 2; every fifth member has ceased,
    // so the status history rows (1 or 2 per member) fall across statements differently from the members.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_MoreRowsThanOneStatement_WritesEveryRowAndItsHistory(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();

        var result = await services.Get<RegisterImport>().ImportAsync(society.Id, Rows(1, 130), "test", null, DataServices.Cancel);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(130, result.Value.Imported);
        var numbers = new List<int>();
        await foreach (var e in services.Fresh<RegisterExport>().EntriesAsync(society.Id, RegisterView.Full, DataServices.Cancel)) numbers.Add(e.MembershipNumber);
        Assert.Equal(Enumerable.Range(1, 130), numbers);
        var register = services.Fresh<MemberRegister>();
        var m65 = (await register.GetByNumberAsync(society.Id, 65, DataServices.Cancel))!;
        Assert.Equal(("Given65", "Family65", "65 High Street", "AB6 5CD", "m65@example.org"), (m65.GivenNames, m65.FamilyName, m65.PostalAddress, m65.Postcode, m65.Email));
        Assert.Equal([MemberStatus.Active, MemberStatus.Ceased], m65.StatusHistory.Select(h => h.Status));
        Assert.Equal(new DateOnly(2024, 3, 31), m65.CeasedOn);
        var m129 = (await register.GetByNumberAsync(society.Id, 129, DataServices.Cancel))!;
        Assert.Equal([MemberStatus.Active], m129.StatusHistory.Select(h => h.Status));
        Assert.Equal(new DateOnly(2020, 1, 1), m129.AdmittedOn);
        // Postcode keys drop the space: member 13 is AB13CD, member 130 is AB130CD, which sorts first ('0' < 'C').
        var found = await register.SearchAsync(society.Id, MemberSearch.Parse("AB13"), DataServices.Cancel);
        Assert.Equal(["Given130 Family130", "Given13 Family13"], found.Members.Select(m => m.DisplayName));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ImportAsync_IntoEmptyThenFullerRegister_LeavesEveryIndexAsTheMigrationsMadeIt(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var before = await IndexesAsync(services.Database);

        var first = await services.Get<RegisterImport>().ImportAsync(society.Id, Rows(1, 100), "test", null, DataServices.Cancel);
        var afterFirst = await IndexesAsync(services.Database);
        var second = await services.Fresh<RegisterImport>().ImportAsync(society.Id, Rows(101, 103), "test", null, DataServices.Cancel);

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Contains(before, i => i.StartsWith("ix_members_society_id_membership_number ", StringComparison.Ordinal));
        Assert.Contains(before, i => i.StartsWith("ix_members_society_id_family_name_key_given_names_key_id ", StringComparison.Ordinal));
        Assert.Contains(before, i => i.StartsWith("ix_members_society_id_postcode_key ", StringComparison.Ordinal));
        Assert.Contains(before, i => i.StartsWith("ix_member_status_changes_member_id ", StringComparison.Ordinal));
        Assert.Equal(before, afterFirst);
        Assert.Equal(before, await IndexesAsync(services.Database));
        var found = await services.Fresh<MemberRegister>().SearchAsync(society.Id, MemberSearch.Parse("102"), DataServices.Cancel);
        Assert.Equal(["Given102 Family102"], found.Members.Select(m => m.DisplayName));
    }

    // Each index's name and full definition, as the database itself reports it.
    private static async Task<List<string>> IndexesAsync(Testing.Databases.TestDatabase database)
    {
        await using var db = database.CreateContext();
        var sql = database.Provider == DatabaseProvider.Sqlite
            ? "SELECT name || ' ' || coalesce(sql, '') AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('members', 'member_status_changes')"
            : "SELECT indexname || ' ' || indexdef AS \"Value\" FROM pg_indexes WHERE tablename IN ('members', 'member_status_changes')";
        return [.. (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(DataServices.Cancel)).Order(StringComparer.Ordinal)];
    }

    private static MemoryStream Rows(int from, int to)
    {
        var csv = new StringBuilder(Header);
        for (var n = from; n <= to; n++)
        {
            var ceased = n % 5 == 0 ? "2024-03-31,Withdrawal" : ",";
            csv.Append(CultureInfo.InvariantCulture, $"{n},Given{n},Family{n},{n} High Street,AB{n / 10} {n % 10}CD,m{n}@example.org,,member,2020-01-01,{ceased}\n");
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
