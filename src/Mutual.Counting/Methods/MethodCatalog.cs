using Mutual.Counting.Methods.Simple;
using Mutual.Counting.Methods.Stv;

namespace Mutual.Counting.Methods;

/// <summary>
/// Every counting method by the name the command line and results use. A new method is one line
/// here; the command's <c>--method</c> choices come from this list.
/// </summary>
public static class MethodCatalog
{
    private static readonly (string Name, Func<ICountingMethod> Create)[] Methods =
    [
        ("plurality", () => new Plurality()),
        ("approval", () => new Approval()),
        ("irv", () => new Irv()),
        ("scottish-stv", () => new ScottishStv()),
        ("ers97", () => new Ers97Stv()),
        ("meek", () => new MeekStv()),
    ];

    /// <summary>The method names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Methods.Select(m => m.Name)];

    /// <summary>The method called <paramref name="name"/> (any case), or null when there is none.</summary>
    public static ICountingMethod? Find(string name) =>
        Methods.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)).Create?.Invoke();
}
