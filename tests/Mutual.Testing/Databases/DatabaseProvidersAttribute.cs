using System.Reflection;
using Mutual.Data;
using Xunit.Sdk;
using Xunit.v3;

namespace Mutual.Testing.Databases;

/// <summary>
/// Runs a theory once per database engine: always SQLite, and PostgreSQL when
/// <c>MUTUAL_TEST_POSTGRES</c> names a server. The theory takes a <see cref="DatabaseProvider"/> and
/// opens a <see cref="TestDatabase"/> for it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseProvidersAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        IReadOnlyCollection<ITheoryDataRow> rows = [.. TestDatabase.AvailableProviders().Select(p => new TheoryDataRow<DatabaseProvider>(p))];
        return ValueTask.FromResult(rows);
    }

    public override bool SupportsDiscoveryEnumeration() => true;
}
