using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Mutual.Data.Conversions;
using Mutual.Data.Identity;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Data.Notices;
using Mutual.Data.Rules;
using Mutual.Data.Societies;
using Mutual.Domain.Audit;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data;

/// <summary>
/// The one database of an installation: users (ASP.NET Core Identity) and every society's
/// registers. Everything a society owns carries its <see cref="SocietyId"/>; queries filter on it.
/// </summary>
public sealed class MutualDbContext(DbContextOptions<MutualDbContext> options)
    : IdentityDbContext<MutualUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Society> Societies => Set<Society>();

    public DbSet<SocietyRoleAssignment> SocietyRoles => Set<SocietyRoleAssignment>();

    public DbSet<RulesVersion> RulesVersions => Set<RulesVersion>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<DirectorRecord> Directors => Set<DirectorRecord>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<NoticeDelivery> NoticeDeliveries => Set<NoticeDelivery>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MutualDbContext).Assembly);
        if (Database.IsNpgsql()) UseOrdinalSearchKeys(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<SocietyId>().HaveConversion<SocietyIdConverter>();
        configurationBuilder.Properties<MemberId>().HaveConversion<MemberIdConverter>();
        // Enums as their names: readable in SQL and safe when members are added or reordered.
        configurationBuilder.Properties<SocietyRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MemberStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CessationReason>().HaveConversion<string>().HaveMaxLength(32);
    }

    // Search keys are compared as ranges of code points (SearchKeys, KeyRange); the "C" collation
    // makes PostgreSQL order them so whatever the database's default collation is.
    private static void UseOrdinalSearchKeys(ModelBuilder builder)
    {
        var member = builder.Entity<Member>();
        foreach (var key in new[] { SearchKeys.FamilyNameKey, SearchKeys.GivenNamesKey, SearchKeys.PostcodeKey })
            member.Property<string>(key).UseCollation("C");
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SearchKeys.Refresh(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SearchKeys.Refresh(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
