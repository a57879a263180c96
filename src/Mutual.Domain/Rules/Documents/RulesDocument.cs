using System.Text;
using static Mutual.Domain.Rules.Documents.MarkdownText;

namespace Mutual.Domain.Rules.Documents;

/// <summary>
/// The society's rules as a document people read (DESIGN capability 1: the same rules render the
/// readable rules document), in Markdown so the web and PDF layers can each style it.
/// </summary>
public static class RulesDocument
{
    public static string ToMarkdown(SocietyRules rules)
    {
        var doc = new StringBuilder();
        doc.Append("# ").Append(Escape(rules.Name)).Append("\n\n");
        doc.Append("Rules of ").Append(LegalFormPhrase(rules.LegalForm))
            .Append(" registered under the Co-operative and Community Benefit Societies Act 2014.\n");

        Section(doc, 1, "Objects", EscapeParagraphs(rules.Objects));
        Section(doc, 2, "Membership", RulesDocumentSections.Membership(rules));
        Section(doc, 3, "General meetings", RulesDocumentSections.Meetings(rules.Meetings));
        Section(doc, 4, "The board", RulesDocumentSections.Board(rules.Board));
        Section(doc, 5, "Shares", RulesDocumentSections.Shares(rules));
        Section(doc, 6, "Withdrawing share capital", RulesDocumentSections.Withdrawal(rules.Withdrawal));
        Section(doc, 7, "Use of profits", RulesDocumentSections.Profits(rules));
        return doc.ToString();
    }

    private static void Section(StringBuilder doc, int number, string title, string body) =>
        doc.Append("\n## ").Append(number).Append(". ").Append(title).Append("\n\n").Append(body.TrimEnd()).Append('\n');
}
