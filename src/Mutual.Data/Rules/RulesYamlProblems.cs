using YamlDotNet.Core;

namespace Mutual.Data.Rules;

/// <summary>
/// The problems found while reading one file, and the line of every field read, so that problems
/// found later by the rules validator can be pointed at their line too.
/// </summary>
internal sealed class RulesYamlProblems
{
    private readonly List<RulesYamlProblem> _problems = [];
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public int Count => _problems.Count;

    public void Add(Mark at, string field, string message) => _problems.Add(new RulesYamlProblem((int)at.Line, field, message));

    public void Add(RulesYamlProblem problem) => _problems.Add(problem);

    public void Locate(string field, Mark at) => _lines[field] = (int)at.Line;

    /// <summary>The line of <paramref name="field"/>, or of the nearest enclosing field that was written.</summary>
    public int LineOf(string field)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (_lines.TryGetValue(path, out var line)) return line;
        }

        return 1;
    }

    public IReadOnlyList<RulesYamlProblem> InLineOrder() => [.. _problems.OrderBy(p => p.Line)];

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }
}
