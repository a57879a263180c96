using Microsoft.Data.Sqlite;
using Mutual.Data;

namespace Mutual.Testing.Databases;

internal static class SqliteTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mutual-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static async Task<(string ConnectionString, Func<ValueTask> Drop)> CopyAsync()
    {
        var template = await Template.Value;
        var file = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        // Pooling off so that nothing holds the file open once the test's contexts are disposed.
        var connectionString = $"Data Source={file};Pooling=False";
        return (connectionString, () =>
        {
            TryDelete(file);
            return ValueTask.CompletedTask;
        }
        );
    }

    private static async Task<string> CreateTemplateAsync()
    {
        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDeleteFolder();
        var file = Path.Combine(Folder, "template.db");
        await DatabaseSetup.MigrateAsync($"Data Source={file};Pooling=False");
        SqliteConnection.ClearAllPools();
        return file;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // A file still open on some platforms goes with the folder at process exit.
        }
    }

    private static void TryDeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
