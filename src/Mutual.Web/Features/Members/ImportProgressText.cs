using Mutual.Data.Members;
using Mutual.Domain.Common;

namespace Mutual.Web.Features.Members;

/// <summary>Turns the register import's progress and outcome into what the status page says.</summary>
public static class ImportProgressText
{
    public static void Apply(ImportJob job, ImportProgress progress)
    {
        job.Stage = progress.Stage == "checking" ? "Checking every row" : "Entering members in the register";
        job.Done = progress.Rows;
    }

    public static void Finish(ImportJob job, Result<ImportResult> outcome)
    {
        if (outcome.Error is ImportRejected rejected) job.Problems = [.. rejected.Problems.Select(p => p.ToString())];
        else if (outcome.Error is { } error) job.Problems = [error.Message];
        else job.Imported = outcome.Value.Imported;
        job.Finished = true;
    }
}
