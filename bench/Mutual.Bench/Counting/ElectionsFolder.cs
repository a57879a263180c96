namespace Mutual.Bench.Counting;

/// <summary>
/// Finds the shared <c>elections</c> data as the tests do: <c>MUTUAL_SHARED_DIR</c>, or a
/// <c>shared/</c> folder beside the repository, searched upward from here.
/// </summary>
internal static class ElectionsFolder
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MUTUAL_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Path.Combine(fromEnvironment, "elections");
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "elections");
                if (Directory.Exists(candidate)) return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/elections was not found beside the repository; set MUTUAL_SHARED_DIR.");
    }
}
