using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mutual.Data.Audit;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Data.Polls;
using Mutual.Data.Rules;
using Mutual.Data.Societies;

namespace Mutual.Data;

/// <summary>
/// Chooses the database from the connection string alone (<c>ConnectionStrings:Mutual</c>):
/// <c>Host=...</c> is PostgreSQL, anything else (<c>Data Source=...</c>) is SQLite. Each provider
/// keeps its migrations in its own assembly, as EF Core's multiple-provider guidance recommends.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/mutual.db";

    public static DatabaseProvider ProviderOf(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddMutualDatabase(this IServiceCollection services, string connectionString)
    {
        // Pooled: a ballot is one statement, and building a context per request cost more than it.
        services.AddDbContextPool<MutualDbContext>(options => Configure(options, connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<SocietyDirectory>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<RulesStore>();
        services.AddScoped<RulesHistory>();
        services.AddScoped<MemberRegister>();
        services.AddScoped<RegisterImport>();
        services.AddScoped<RegisterExport>();
        services.AddScoped<MeetingService>();
        services.AddScoped<PollService>();
        services.AddScoped<IPollCertified, MeetingResults>();
        return services;
    }

    public static MutualDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<MutualDbContext>();
        Configure(options, connectionString);
        return new MutualDbContext(options.Options);
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        switch (ProviderOf(connectionString))
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), o => o.MigrationsAssembly("Mutual.Data.Postgres"));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly("Mutual.Data.Sqlite"));
                break;
        }

        options.UseSnakeCaseNamingConvention();
    }

    /// <summary>Creates the database (and, for SQLite, its folder) if needed and applies every migration.</summary>
    public static async Task MigrateAsync(MutualDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite()) EnsureSqliteFolder(db.Database.GetConnectionString()!);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext(connectionString);
        await MigrateAsync(db, cancellationToken);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
