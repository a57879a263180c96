using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mutual.Data.Rules;

/// <summary>
/// A society's rules as a YAML document: the form they are stored in (one version per row),
/// exported, edited and imported. <see cref="Write"/> then <see cref="Read"/> gives equal rules.
/// Field names match the <see cref="RuleViolation.Field"/> paths the validator reports.
/// </summary>
public static class RulesYaml
{
    private const string Header = "# Society rules for Mutual. Field meanings and rule references: DOMAIN.md.\n";

    public static string Write(SocietyRules rules)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(RulesYamlWriter.Write(rules))).Save(writer, assignAnchors: false);
        // YamlDotNet closes every document with an explicit "..." marker; one document needs none.
        var text = writer.ToString();
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return Header + text;
    }

    /// <summary>
    /// Reads rules, reporting every unreadable, mistyped, missing or unknown field by line and
    /// field path. It does not judge the rules: see <see cref="Import"/>.
    /// </summary>
    public static Result<SocietyRules> Read(string yaml) => Parse(yaml).Rules;

    /// <summary>
    /// Reads rules and validates them: any validation error is reported with the line of its field.
    /// Warnings do not stop an import; ask <see cref="RulesValidator"/> for them.
    /// </summary>
    public static Result<SocietyRules> Import(string yaml)
    {
        var (rules, problems) = Parse(yaml);
        if (!rules.IsSuccess) return rules;

        var errors = RulesValidator.Validate(rules.Value).Errors();
        if (errors.Count == 0) return rules;
        return new RulesYamlInvalid([.. errors
            .Select(e => new RulesYamlProblem(problems.LineOf(e.Field), e.Field, $"{e.Message} ({e.Reference})"))
            .OrderBy(p => p.Line)]);
    }

    private static (Result<SocietyRules> Rules, RulesYamlProblems Problems) Parse(string yaml)
    {
        var problems = new RulesYamlProblems();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add(e.Start, "(file)", $"is not valid YAML: {Plain(e)}");
            return (new RulesYamlInvalid(problems.InLineOrder()), problems);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new RulesYamlProblem(1, "(file)", "should hold one set of rules: fields such as \"name:\" and \"legalForm:\"."));
            return (new RulesYamlInvalid(problems.InLineOrder()), problems);
        }

        var rules = RulesYamlReader.Read(new RulesYamlSection(root, "", problems));
        return problems.Count == 0 ? (rules, problems) : (new RulesYamlInvalid(problems.InLineOrder()), problems);
    }

    // YamlDotNet prefixes its message with the position, which the problem already carries.
    private static string Plain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
