using System.Collections.Concurrent;
using Mutual.Data.Members;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Members;

/// <summary>
/// Runs register imports in the background so a million-row file neither times out the request
/// nor leaves the secretary staring at a blank page. Jobs live in this process's memory; a
/// status page on another node (or after a restart) reports the job as unknown.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob? Find(Guid id, string slug) => _jobs.TryGetValue(id, out var job) && job.Slug == slug ? job : null;

    /// <summary>Starts importing <paramref name="file"/> (a temporary copy, deleted afterwards) into the society.</summary>
    public ImportJob Start(SocietyId society, string slug, string fileName, string file, string actor)
    {
        var job = new ImportJob(Guid.NewGuid(), slug, fileName);
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, society, file, actor));
        return job;
    }

    public async Task RunAsync(ImportJob job, SocietyId society, string file, string actor)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<RegisterImport>();
            await using var stream = File.OpenRead(file);
            var progress = new Progress<ImportProgress>(p => ImportProgressText.Apply(job, p));
            var outcome = await import.ImportAsync(society, stream, actor, progress, CancellationToken.None);
            ImportProgressText.Finish(job, outcome);
        }
#pragma warning disable CA1031 // A background job has nobody to throw to: the status page must say it failed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Import {Job} failed", job.Id);
            job.Problems = ["The import stopped because of a fault in Mutual. Nothing was imported. Try again, or tell your administrator."];
            job.Finished = true;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
