namespace Mutual.Bench.Polls;

/// <summary>Finds <c>Mutual.Web.dll</c> as built beside this benchmark (same configuration), in the web project's own output folder.</summary>
internal static class WebBuild
{
    public static string FindWebDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Release";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Mutual.slnx"))) continue;
            var dll = Path.Combine(folder.FullName, "src", "Mutual.Web", "bin", configuration, "net10.0", "Mutual.Web.dll");
            return File.Exists(dll)
                ? dll
                : throw new FileNotFoundException($"Build the web application first: dotnet build -c {configuration} src/Mutual.Web", dll);
        }

        throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
    }
}
