using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using C = Mutual.Data.Members.RegisterCsvColumns;

namespace Mutual.Data.Members;

/// <summary>
/// The register of members for a society (DOMAIN B4, B5): everyone ever admitted, current and
/// former, in membership-number order, as CSV (the same columns the import reads) or as PDF.
/// </summary>
public sealed class RegisterExport(MutualDbContext db, TimeProvider clock)
{
    public async IAsyncEnumerable<RegisterEntry> EntriesAsync(
        SocietyId societyId, RegisterView view = RegisterView.Full, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entries = db.Members.AsNoTracking()
            .Where(m => m.SocietyId == societyId && m.MembershipNumber != null)
            .OrderBy(m => m.MembershipNumber)
            .Select(m => new RegisterEntry(
                m.MembershipNumber!.Value, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode, m.Email, m.Phone,
                m.ClassKeys, m.AdmittedOn, m.CeasedOn, m.CessationReason))
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
            yield return view == RegisterView.Inspection ? entry.ForInspection() : entry;
    }

    public async Task<long> WriteCsvAsync(SocietyId societyId, Stream output, RegisterView view = RegisterView.Full, CancellationToken cancellationToken = default)
    {
        string[] columns = view == RegisterView.Full
            ? [.. C.All]
            : [C.MembershipNumber, C.GivenNames, C.FamilyName, C.PostalAddress, C.Postcode, C.Classes, C.AdmittedOn, C.CeasedOn, C.CessationReason];
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(columns);
        long count = 0;
        await foreach (var e in EntriesAsync(societyId, view, cancellationToken))
        {
            var values = Values(e);
            await csv.WriteRecordAsync([.. columns.Select(c => values[c])], cancellationToken);
            count++;
        }

        return count;
    }

    public async Task<long> WritePdfAsync(
        SocietyId societyId, string societyName, Stream output, RegisterView view = RegisterView.Full, CancellationToken cancellationToken = default)
    {
        var entries = new List<RegisterEntry>();
        await foreach (var e in EntriesAsync(societyId, view, cancellationToken)) entries.Add(e);
        RegisterPdf.Write(output, societyName, view, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), entries);
        return entries.Count;
    }

    /// <summary>
    /// One member's own entry as PDF (DOMAIN B6: a member may have a copy of their entry). Returns false,
    /// writing nothing, when the society has no such member.
    /// </summary>
    public async Task<bool> WriteMemberPdfAsync(
        SocietyId societyId, string societyName, MemberId memberId, Stream output, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == memberId, cancellationToken);
        if (member is null) return false;
        MemberRecordPdf.Write(output, societyName, member, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return true;
    }

    private static Dictionary<string, string> Values(RegisterEntry e) => new()
    {
        [C.MembershipNumber] = e.MembershipNumber.ToString(CultureInfo.InvariantCulture),
        [C.GivenNames] = e.GivenNames,
        [C.FamilyName] = e.FamilyName,
        [C.PostalAddress] = e.PostalAddress,
        [C.Postcode] = e.Postcode,
        [C.Email] = e.Email ?? "",
        [C.Phone] = e.Phone ?? "",
        [C.Classes] = string.Join(';', e.ClassKeys),
        [C.AdmittedOn] = Date(e.AdmittedOn),
        [C.CeasedOn] = Date(e.CeasedOn),
        [C.CessationReason] = e.CessationReason?.ToString() ?? "",
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
