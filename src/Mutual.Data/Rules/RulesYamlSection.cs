using System.Globalization;
using Mutual.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mutual.Data.Rules;

/// <summary>
/// Reads one YAML mapping field by field. Each problem is recorded with its line and field path
/// and reading goes on with the default, so one pass reports every problem in the file.
/// </summary>
internal sealed class RulesYamlSection(YamlMappingNode node, string path, RulesYamlProblems problems)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public string String(string key, string fallback) => Read(key, fallback, s => (true, s.Value ?? ""), "text");

    public string RequiredString(string key)
    {
        if (!Has(key)) problems.Add(node.Start, Field(key), "is missing; it is required.");
        return String(key, "");
    }

    public bool Bool(string key, bool fallback) => Read(key, fallback, s => s.Value switch
    {
        "true" or "True" or "TRUE" => (true, true),
        "false" or "False" or "FALSE" => (true, false),
        _ => (false, false),
    }, "true or false");

    public int Int(string key, int fallback) => Read(key, fallback, ParseInt, "a whole number");

    public int? NullableInt(string key, int? fallback) =>
        Read(key, fallback, s => IsNull(s) ? (true, null) : ParseInt(s) is (true, var v) ? (true, v) : (false, null), "a whole number or null");

    public decimal Decimal(string key, decimal fallback) => Read(key, fallback, s =>
        decimal.TryParse(s.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? (true, v) : (false, 0m), "a number such as 100 or 0.50");

    public Ratio Ratio(string key, Ratio fallback) => Read(key, fallback, ParseRatio, "a fraction such as 75%, 2/3 or 0.75");

    public Ratio? NullableRatio(string key, Ratio? fallback) =>
        Read(key, fallback, s => IsNull(s) ? (true, null) : ParseRatio(s) is (true, var v) ? (true, v) : (false, null),
            "a fraction such as 75%, 2/3 or 0.75, or null");

    public TEnum Enum<TEnum>(string key, TEnum fallback, IReadOnlyDictionary<TEnum, string> names)
        where TEnum : struct, Enum
    {
        var byName = names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        return Read(key, fallback, s => byName.TryGetValue(s.Value ?? "", out var v) ? (true, v) : (false, fallback),
            "one of " + string.Join(", ", names.Values));
    }

    public T Parse<T>(string key, T fallback, Func<string, T?> parse, string expected)
        where T : class =>
        Read(key, fallback, s => parse(s.Value ?? "") is { } v ? (true, v) : (false, fallback), expected);

    /// <summary>A nested mapping, or null when absent (its fields then take their defaults).</summary>
    public RulesYamlSection? Section(string key)
    {
        var value = Take(key);
        if (value is null || (value is YamlScalarNode s && IsNull(s))) return null;
        if (value is YamlMappingNode map) return new RulesYamlSection(map, Field(key), problems);
        problems.Add(value.Start, Field(key), "should be a group of fields (a mapping).");
        return null;
    }

    /// <summary>The items of a list, each as a section with its index in the path.</summary>
    public IReadOnlyList<RulesYamlSection>? List(string key)
    {
        var value = Take(key);
        if (value is null || (value is YamlScalarNode s && IsNull(s))) return null;
        if (value is not YamlSequenceNode list)
        {
            problems.Add(value.Start, Field(key), "should be a list (each item starting with \"- \").");
            return null;
        }

        var items = new List<RulesYamlSection>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            problems.Locate($"{Field(key)}[{i}]", list.Children[i].Start);
            if (list.Children[i] is YamlMappingNode item) items.Add(new RulesYamlSection(item, $"{Field(key)}[{i}]", problems));
            else problems.Add(list.Children[i].Start, $"{Field(key)}[{i}]", "should be a group of fields (a mapping).");
        }

        return items;
    }

    /// <summary>Reports keys this reader never asked for: usually a misspelt field name.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!_known.Contains(name)) problems.Add(key.Start, Field(name), "is not a field the rules know; check its spelling.");
        }
    }

    private bool Has(string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    private YamlNode? Take(string key)
    {
        _known.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return null;
        problems.Locate(Field(key), value.Start);
        return value;
    }

    private T Read<T>(string key, T fallback, Func<YamlScalarNode, (bool Ok, T Value)> parse, string expected)
    {
        var value = Take(key);
        if (value is null) return fallback;
        if (value is not YamlScalarNode scalar)
        {
            problems.Add(value.Start, Field(key), $"should be a single value ({expected}), not a list or group.");
            return fallback;
        }

        var (ok, parsed) = parse(scalar);
        if (ok) return parsed;
        problems.Add(scalar.Start, Field(key), $"should be {expected}, but is \"{scalar.Value}\".");
        return fallback;
    }

    private string Field(string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static bool IsNull(YamlScalarNode s) =>
        s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Value is "null" or "Null" or "NULL" or "~" or "" or null;

    private static (bool, int) ParseInt(YamlScalarNode s) =>
        int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? (true, v) : (false, 0);

    private static (bool, Ratio) ParseRatio(YamlScalarNode s) =>
        Domain.Common.Ratio.TryParse(s.Value, out var r) ? (true, r) : (false, default);
}
