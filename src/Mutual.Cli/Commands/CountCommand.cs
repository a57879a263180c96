using System.CommandLine;
using Mutual.Cli.Counting;
using Mutual.Counting.Methods;

namespace Mutual.Cli.Commands;

/// <summary>
/// <c>mutual count FILE... --method M [--seats N] [--format text|json|csv] [--seed S]</c>: counts
/// each ballot file and prints one result per file, in the order given.
/// </summary>
public static class CountCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Ballot files: BLT (.blt or any other name), or PrefLib .soi/.toi (these need --seats).",
            Arity = ArgumentArity.OneOrMore,
        };
        var method = new Option<string>("--method", "-m")
        {
            Description = "Counting method.",
            Required = true,
        };
        method.AcceptOnlyFromAmong([.. MethodCatalog.Names]);
        var seats = new Option<int?>("--seats", "-s") { Description = "Seats to fill (default: the file's own header)." };
        seats.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--seats must be at least 1.");
        });
        var format = new Option<CountFormat>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => CountFormat.Text };
        var seed = new Option<ulong>("--seed") { Description = "Seed for ties broken by lot.", DefaultValueFactory = _ => 1UL };

        var command = new Command("count", "Count ballot files and print each round sheet.") { files, method, seats, format, seed };
        command.SetAction(parse => new CountRun(
            parse.GetRequiredValue(files),
            parse.GetRequiredValue(method),
            new CountOptions(parse.GetValue(seats), parse.GetValue(seed)),
            parse.GetValue(format)).Execute(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }
}
