using System.Globalization;
using CsvHelper;
using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Web.Features.Members;

/// <summary>A member's own register entry as CSV, in the same columns as the register export, so it reads the same way.</summary>
public static class MemberRecordCsv
{
    public static async Task<byte[]> WriteAsync(Member m, CancellationToken ct)
    {
        var output = new MemoryStream();
        await using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader([.. RegisterCsvColumns.All]);
            await csv.WriteRecordAsync([.. Values(m)], ct);
        }

        return output.ToArray();
    }

    private static IEnumerable<string> Values(Member m)
    {
        var values = new Dictionary<string, string>
        {
            [RegisterCsvColumns.MembershipNumber] = m.MembershipNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
            [RegisterCsvColumns.GivenNames] = m.GivenNames,
            [RegisterCsvColumns.FamilyName] = m.FamilyName,
            [RegisterCsvColumns.PostalAddress] = m.PostalAddress,
            [RegisterCsvColumns.Postcode] = m.Postcode,
            [RegisterCsvColumns.Email] = m.Email ?? "",
            [RegisterCsvColumns.Phone] = m.Phone ?? "",
            [RegisterCsvColumns.Classes] = string.Join(';', m.ClassKeys),
            [RegisterCsvColumns.AdmittedOn] = m.AdmittedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            [RegisterCsvColumns.CeasedOn] = m.CeasedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            [RegisterCsvColumns.CessationReason] = m.CessationReason?.ToString() ?? "",
        };
        return RegisterCsvColumns.All.Select(c => values.GetValueOrDefault(c, ""));
    }
}
