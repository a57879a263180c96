namespace Mutual.Testing;

/// <summary>
/// The project's shared test data lives in a <c>shared/</c> folder beside the repository (in CI
/// too) and is read where it lies. <c>MUTUAL_SHARED_DIR</c> overrides the search.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> RootPath = new(Locate);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MUTUAL_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(System.IO.Path.Combine(fromEnvironment, "elections")))
            return fromEnvironment;

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "elections"))) return candidate;
        }

        throw new DirectoryNotFoundException(
            "The shared test data (shared/elections, shared/participatory-budgeting) was not found beside the repository. " +
            "Put it there or set MUTUAL_SHARED_DIR.");
    }
}
