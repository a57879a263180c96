using System.Text;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// The ballot codes issued when a poll opens, as a spreadsheet for a mail merge or for printing:
/// membership number, name, email and postal address beside each code. It is produced once, at
/// opening; only the codes' hashes are kept.
/// </summary>
public static class BallotCodesCsv
{
    public static async Task<byte[]> WriteAsync(MutualDbContext db, SocietyId society, IReadOnlyList<IssuedBallotCode> codes, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.SocietyId == society)
            .Select(m => new { m.Id, m.MembershipNumber, m.GivenNames, m.FamilyName, m.Email, m.PostalAddress, m.Postcode })
            .ToDictionaryAsync(m => m.Id, ct);
        var text = new StringBuilder("membership_number,given_names,family_name,email,postal_address,postcode,ballot_code\n");
        foreach (var issued in codes)
        {
            var m = members.GetValueOrDefault(issued.MemberId);
            text.AppendJoin(',',
                Cell(m?.MembershipNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(m?.GivenNames), Cell(m?.FamilyName),
                Cell(m?.Email), Cell(m?.PostalAddress), Cell(m?.Postcode), Cell(issued.Code));
            text.Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // Quote every cell; a leading = + - @ would run as a spreadsheet formula, so it is defused.
    private static string Cell(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal)) v = "'" + v;
        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
