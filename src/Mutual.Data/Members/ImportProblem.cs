using Mutual.Domain.Common;

namespace Mutual.Data.Members;

/// <summary>
/// One thing wrong with an imported register, placed as a spreadsheet shows it: the header is row 1,
/// the first member row 2.
/// </summary>
public sealed record ImportProblem(long Row, string Column, string Problem)
{
    public override string ToString() => $"row {Row}, column {Column}: {Problem}";
}

/// <summary>The file was refused because of <see cref="Problems"/>; nothing was written.</summary>
public sealed record ImportRejected(IReadOnlyList<ImportProblem> Problems)
    : DomainError($"The register was not imported: {Problems.Count} problem(s) were found and nothing was changed.");

/// <summary>How far an import has got: <see cref="Stage"/> is "checking" then "writing".</summary>
public sealed record ImportProgress(string Stage, long Rows);

/// <summary>A successful import: how many members were entered, and the SHA-256 of the file recorded in the audit log.</summary>
public sealed record ImportResult(long Imported, string FileSha256);
