using System.Globalization;
using System.Text;
using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Documents;

/// <summary>Wording and escaping shared by the readable rules document.</summary>
internal static class MarkdownText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Escapes text a society typed, so it reads as words and never as Markdown.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~') escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString().Trim();
    }

    /// <summary>Escapes a block of text, keeping its paragraphs.</summary>
    public static string EscapeParagraphs(string text) => string.Join("\n\n",
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Escape));

    public static string Money(decimal amount) => amount.ToString(amount == decimal.Truncate(amount) ? "£#,0" : "£#,0.00", British);

    public static string Share(Ratio ratio) => ratio.ToString();

    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    public static string Allowed(bool allowed) => allowed ? "allowed" : "not allowed";

    public static string LegalFormPhrase(LegalForm form) => form switch
    {
        LegalForm.CoOperative => "a co-operative society",
        LegalForm.CommunityBenefit => "a community benefit society",
        LegalForm.Pre2014Society => "a registered society",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    public static string ShareTypePhrase(ShareType type) => type switch
    {
        ShareType.Withdrawable => "withdrawable and not transferable",
        ShareType.Transferable => "transferable and not withdrawable",
        ShareType.NonWithdrawableNonTransferable => "neither withdrawable nor transferable",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Threshold(ResolutionThreshold t) =>
        (t.Comparison == ThresholdComparison.MoreThan ? "more than " : "at least ") + Share(t.Fraction) + " of the votes cast";
}
