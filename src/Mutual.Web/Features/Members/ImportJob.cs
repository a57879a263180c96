namespace Mutual.Web.Features.Members;

/// <summary>One register import running in the background, as its status page shows it.</summary>
public sealed class ImportJob(Guid id, string slug, string fileName)
{
    public Guid Id { get; } = id;

    public string Slug { get; } = slug;

    public string FileName { get; } = fileName;

    public string Stage { get; set; } = "Waiting to start";

    public long Done { get; set; }

    public bool Finished { get; set; }

    public long? Imported { get; set; }

    public IReadOnlyList<string> Problems { get; set; } = [];
}
