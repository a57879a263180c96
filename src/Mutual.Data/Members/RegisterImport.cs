using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Members;

/// <summary>
/// Imports an existing register of members from CSV (columns: <see cref="RegisterCsvColumns"/>).
/// Every row is checked first; any problem rejects the whole file with every problem listed and
/// nothing written. A good file is then bulk-written in one transaction with one audit event
/// recording the file's SHA-256 and the numbers entered, so the audit chain pins exactly what came in.
/// </summary>
public sealed class RegisterImport(MutualDbContext db, RulesStore rules, AuditLog audit, TimeProvider clock)
{
    public const int MaxProblemsReported = 1000;
    private const int ProgressEvery = 50_000;

    public async Task<Result<ImportResult>> ImportAsync(
        SocietyId societyId, Stream csv, string actor, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;

        await using var seekable = await SeekableAsync(csv, cancellationToken);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(seekable, cancellationToken));
        var now = clock.GetUtcNow();
        var existing = await db.Members.Where(m => m.SocietyId == societyId && m.MembershipNumber != null)
            .Select(m => m.MembershipNumber!.Value).ToListAsync(cancellationToken);

        seekable.Position = 0;
        var problems = Check(seekable, societyId, current.Value, now, [.. existing], progress, out var count);
        if (problems.Count > 0) return new ImportRejected(problems);

        seekable.Position = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var writer = MemberBulkWriter.For(db);
        var written = await writer.WriteAsync(db, Members(seekable, societyId, current.Value, now, progress), count, cancellationToken);
        await audit.AppendAsync(societyId, actor, "register.imported", $"{written} members", null,
            new { rows = written, fileSha256 = sha256 }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(written, sha256);
    }

    private static List<ImportProblem> Check(
        Stream csv, SocietyId societyId, Domain.Rules.SocietyRules rules, DateTimeOffset now, HashSet<int> taken,
        IProgress<ImportProgress>? progress, out long count)
    {
        using var reader = new RegisterCsvReader(csv);
        var problems = reader.ReadHeader();
        count = 0;
        if (problems.Count > 0) return problems;

        var firstRowOf = new Dictionary<int, long>();
        while (reader.Read() && problems.Count < MaxProblemsReported)
        {
            if (++count % ProgressEvery == 0) progress?.Report(new ImportProgress("checking", count));
            var member = ImportedMember.From(reader, societyId, rules, now, problems);
            if (member?.MembershipNumber is not { } number) continue;
            if (taken.Contains(number) && !firstRowOf.ContainsKey(number))
                problems.Add(new ImportProblem(reader.Row, RegisterCsvColumns.MembershipNumber, $"number {number} is already in the register"));
            else if (!firstRowOf.TryAdd(number, reader.Row))
                problems.Add(new ImportProblem(reader.Row, RegisterCsvColumns.MembershipNumber, $"number {number} is also used in row {firstRowOf[number]}"));
        }

        if (count == 0 && problems.Count == 0) problems.Add(new ImportProblem(2, "(row)", "the file has a header but no members"));
        return problems;
    }

    private static IEnumerable<Member> Members(Stream csv, SocietyId societyId, Domain.Rules.SocietyRules rules, DateTimeOffset now, IProgress<ImportProgress>? progress)
    {
        using var reader = new RegisterCsvReader(csv);
        reader.ReadHeader();
        var problems = new List<ImportProblem>();
        long count = 0;
        while (reader.Read())
        {
            if (++count % ProgressEvery == 0) progress?.Report(new ImportProgress("writing", count));
            yield return ImportedMember.From(reader, societyId, rules, now, problems)
                ?? throw new InvalidOperationException($"Row {reader.Row} passed the check but not the second reading.");
        }
    }

    // The file is read twice (check, then write) without holding a million members in memory.
    private static async Task<Stream> SeekableAsync(Stream csv, CancellationToken cancellationToken)
    {
        if (csv.CanSeek)
        {
            csv.Position = 0;
            return new NonClosingStream(csv);
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await csv.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }
}
