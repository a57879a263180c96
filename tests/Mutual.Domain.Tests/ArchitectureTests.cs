namespace Mutual.Domain.Tests;

public class ArchitectureTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlyTheFrameworkAndCounting()
    {
        var referenced = typeof(ArchitectureTests).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Mutual.Domain", StringComparison.Ordinal))
            .Select(n => System.Reflection.Assembly.Load(n))
            .SelectMany(a => a.GetReferencedAssemblies())
            .Select(a => a.Name!);

        Assert.All(referenced, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "Mutual.Counting",
            $"Mutual.Domain must stay free of frameworks and I/O, but references {name}"));
    }
}
