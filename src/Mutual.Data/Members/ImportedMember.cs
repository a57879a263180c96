using System.Globalization;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;
using C = Mutual.Data.Members.RegisterCsvColumns;

namespace Mutual.Data.Members;

/// <summary>Turns one register row into a <see cref="Member"/> entered from an existing register, or says what is wrong.</summary>
internal static class ImportedMember
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private static readonly Dictionary<string, CessationReason> Reasons = Enum.GetValues<CessationReason>().ToDictionary(r => C.Normalise(r.ToString()));

    public static Member? From(RegisterCsvReader row, SocietyId societyId, SocietyRules rules, DateTimeOffset now, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var number = Number(row, problems);
        var admitted = Date(row, C.AdmittedOn, problems, required: true);
        var ceased = Date(row, C.CeasedOn, problems, required: false);
        var reason = Reason(row, ceased, problems);
        if (problems.Count > before) return null;

        var entered = Member.EnterExisting(
            societyId, number, new MemberName(row.Get(C.GivenNames), row.Get(C.FamilyName)),
            new ContactDetails(row.Get(C.PostalAddress), row.Get(C.Postcode), Blank(row.Get(C.Email)), Blank(row.Get(C.Phone))),
            Classes(row, rules), rules, admitted!.Value, now);
        if (entered.Error is { } error)
        {
            problems.Add(new ImportProblem(row.Row, ColumnOf(error), error.Message));
            return null;
        }

        if (ceased is { } on && entered.Value.Cease(reason!.Value, on, now).Error is { } ceaseError)
        {
            problems.Add(new ImportProblem(row.Row, C.CeasedOn, ceaseError.Message));
            return null;
        }

        return entered.Value;
    }

    private static int Number(RegisterCsvReader row, List<ImportProblem> problems)
    {
        var text = row.Get(C.MembershipNumber);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0) return number;
        problems.Add(new ImportProblem(row.Row, C.MembershipNumber, text.Length == 0 ? "enter the membership number" : $"\"{text}\" is not a membership number (a whole number from 1 up)"));
        return 0;
    }

    private static DateOnly? Date(RegisterCsvReader row, string column, List<ImportProblem> problems, bool required)
    {
        var text = row.Get(column);
        if (text.Length == 0)
        {
            if (required) problems.Add(new ImportProblem(row.Row, column, "enter a date, like 2024-03-31"));
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(new ImportProblem(row.Row, column, $"\"{text}\" is not a date; write it like 2024-03-31"));
        return null;
    }

    private static CessationReason? Reason(RegisterCsvReader row, DateOnly? ceased, List<ImportProblem> problems)
    {
        var text = row.Get(C.CessationReason);
        if (ceased is null && text.Length == 0) return null;
        CessationReason? reason = Reasons.TryGetValue(C.Normalise(text), out var known) ? known : null;
        if (ceased is null) problems.Add(new ImportProblem(row.Row, C.CeasedOn, "a cessation reason is given, so enter the date membership ended"));
        else if (reason is null) problems.Add(new ImportProblem(row.Row, C.CessationReason, $"\"{text}\" is not a reason; use one of {string.Join(", ", Reasons.Values)}"));
        return reason;
    }

    private static string[] Classes(RegisterCsvReader row, SocietyRules rules)
    {
        var keys = row.Get(C.Classes).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A society with a single class needs no classes column.
        return keys.Length == 0 && rules.MembershipClasses.Count == 1 ? [rules.MembershipClasses[0].Key] : keys;
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static string ColumnOf(DomainError error) => error switch
    {
        MemberNameRequired => C.FamilyName,
        PostalAddressRequired => C.PostalAddress,
        InvalidEmail => C.Email,
        MembershipClassRequired or UnknownMembershipClass => C.Classes,
        InvalidMembershipNumber => C.MembershipNumber,
        _ => "(row)",
    };
}
