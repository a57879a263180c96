using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Members;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual register export --society S --format csv|pdf --out FILE [--inspection]</c></summary>
public static class ExportRegisterCommand
{
    public static Command Create()
    {
        var society = SocietyOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "csv or pdf", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "pdf");
        var output = new Option<FileInfo>("--out", "-o") { Description = "The file to write", Required = true };
        var inspection = new Option<bool>("--inspection") { Description = "The inspection copy (DOMAIN B5): without shares, property, email or phone" };
        var command = new Command("export", "Export the register of members as CSV or PDF") { society, format, output, inspection };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            var view = parse.GetValue(inspection) ? RegisterView.Inspection : RegisterView.Full;
            var export = cli.Get<RegisterExport>();
            await using var file = File.Create(parse.GetValue(output)!.FullName);
            var count = parse.GetValue(format) == "pdf"
                ? await export.WritePdfAsync(found.Id, found.Name, file, view, cancellationToken)
                : await export.WriteCsvAsync(found.Id, file, view, cancellationToken);
            await cli.Output.WriteLineAsync($"Wrote {count} entries to {parse.GetValue(output)!.Name}.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
