using Mutual.Counting.Methods;
using Mutual.Counting.Output;
using Mutual.Counting.Parsing;

namespace Mutual.Cli.Counting;

/// <summary>
/// One <c>mutual count</c> call. Files are read and counted in parallel but printed in the order
/// given. A file that cannot be read or counted is reported on standard error (file, and line
/// where there is one) and left out of the output; the other files are still counted and
/// printed, and the exit code is 1.
/// </summary>
internal sealed class CountRun(IReadOnlyList<FileInfo> files, string method, CountOptions options, CountFormat format)
{
    public int Execute(TextWriter output, TextWriter error)
    {
        var outcomes = new (CountedFile? Result, string? Error)[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = CountOne(files[i]));

        foreach (var (_, message) in outcomes)
        {
            if (message is not null) error.WriteLine($"mutual count: {message}");
        }

        var counted = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToArray();
        Print(output, counted);
        return counted.Length == files.Count ? 0 : 1;
    }

    private (CountedFile?, string?) CountOne(FileInfo file)
    {
        var name = file.ToString();
        try
        {
            var election = BallotFiles.Read(file, options.Seats);
            var counter = MethodCatalog.Find(method) ?? throw new CountInputException($"there is no counting method called {method}");
            return (new CountedFile(name, counter.Count(election, options)), null);
        }
        catch (BallotFormatException e)
        {
            return (null, $"{name}, line {e.Line}: {(e.Problem.Length > 0 ? e.Problem : e.Message)}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One file's failure, whatever its cause, is reported against that file; the rest still count.
            return (null, $"{name}: {e.Message}");
        }
    }

    private void Print(TextWriter output, IReadOnlyList<CountedFile> counted)
    {
        switch (format)
        {
            case CountFormat.Json:
                output.WriteLine(JsonResultWriter.Write(counted));
                break;
            case CountFormat.Csv:
                CsvResultWriter.Write(output, counted);
                break;
            default:
                TextRoundSheet.Write(output, counted);
                break;
        }
    }
}
