using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Members;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual members import FILE.csv --society S</c></summary>
public static class ImportMembersCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The register as CSV with columns {string.Join(", ", RegisterCsvColumns.All)}" };
        var society = SocietyOption.Create();
        var command = new Command("import", "Import an existing register of members; any bad row rejects the whole file") { file, society };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            await using var csv = File.OpenRead(parse.GetValue(file)!.FullName);
            // Progress goes to the error stream so the output stays just the result.
            var progress = new Progress<ImportProgress>(p => cli.Error.WriteLine($"{p.Stage} {p.Rows:N0} rows"));
            var imported = await cli.Get<RegisterImport>().ImportAsync(found.Id, csv, CliServices.Actor, progress, cancellationToken);
            if (imported.Error is ImportRejected rejected)
            {
                foreach (var problem in rejected.Problems) await cli.Error.WriteLineAsync(problem.ToString());
                await cli.Error.WriteLineAsync($"{rejected.Message}");
                return CliServices.Refused;
            }

            if (imported.Error is { } error) return await cli.FailAsync(error);
            await cli.Output.WriteLineAsync($"Imported {imported.Value.Imported} members.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
