using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mutual.Counting.Output;

/// <summary>
/// Writes results as one JSON document: always an array with one object per file, in the order
/// the files were given, so that one file and many read the same way.
/// </summary>
public static class JsonResultWriter
{
    public static void Write(Stream output, IEnumerable<CountedFile> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        JsonSerializer.Serialize(output, results.Select(ResultDocument.Of).ToArray(), ResultJsonContext.Default.ResultDocumentArray);
    }

    public static string Write(IEnumerable<CountedFile> results)
    {
        using var stream = new MemoryStream();
        Write(stream, results);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ResultDocument[]))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
