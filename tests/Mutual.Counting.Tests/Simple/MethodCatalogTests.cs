using Mutual.Counting.Methods;

namespace Mutual.Counting.Tests.Simple;

public class MethodCatalogTests
{
    [Fact]
    public void Names_AreTheSixCommandLineMethods()
    {
        Assert.Equal(["plurality", "approval", "irv", "scottish-stv", "ers97", "meek"], MethodCatalog.Names);
    }

    [Theory]
    [InlineData("plurality")]
    [InlineData("approval")]
    [InlineData("irv")]
    [InlineData("scottish-stv")]
    [InlineData("ers97")]
    [InlineData("meek")]
    public void Find_KnownName_ReturnsTheMethodOfThatName(string name)
    {
        Assert.Equal(name, MethodCatalog.Find(name.ToUpperInvariant())?.Name);
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        Assert.Null(MethodCatalog.Find("borda"));
    }
}
