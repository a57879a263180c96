using Mutual.Counting.Ballots;

namespace Mutual.Counting.Tests;

public class ArchitectureTests
{
    [Fact]
    public void CountingAssembly_ReferencesOnlyTheFramework()
    {
        var referenced = typeof(Election).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.All(referenced, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Mutual.Counting must depend on nothing but the framework, but references {name}"));
    }
}
