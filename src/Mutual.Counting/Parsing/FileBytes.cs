using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Reads a whole file as <see cref="File.ReadAllBytes"/> does, but a large one in one part per
/// core: most of the time goes on copying pages and faulting in the fresh array, which the
/// cores can share.
/// </summary>
internal static class FileBytes
{
    private const int SplitFromBytes = 4 << 20;

    public static byte[] Read(string path)
    {
        // Small files, and pipes and the like that report no length, are read the ordinary way.
        var parts = Environment.ProcessorCount;
        if (parts < 2 || new FileInfo(path).Length < SplitFromBytes) return File.ReadAllBytes(path);

        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength) throw new IOException($"{path} is too large to read into memory ({length} bytes).");
        var data = GC.AllocateUninitializedArray<byte>((int)length);
        var bounds = Enumerable.Range(0, parts + 1).Select(k => (int)((long)data.Length * k / parts)).ToArray();
        var reads = Enumerable.Range(0, parts)
            .Select(k => Task.Run(() => ReadExactly(handle, data, bounds[k], bounds[k + 1])))
            .ToArray();
        try
        {
            Task.WaitAll(reads);
        }
        catch (AggregateException failed)
        {
            // The same exception File.ReadAllBytes would throw, not a wrapper.
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }
        return data;
    }

    private static void ReadExactly(SafeFileHandle handle, byte[] data, int from, int to)
    {
        while (from < to)
        {
            var read = RandomAccess.Read(handle, data.AsSpan(from, to - from), from);
            if (read == 0) throw new IOException("the file became shorter while it was being read");
            from += read;
        }
    }
}
