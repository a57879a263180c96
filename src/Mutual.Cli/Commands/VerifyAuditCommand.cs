using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Audit;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual audit verify --society S</c>: exit 0 when intact, 2 naming the first altered event.</summary>
public static class VerifyAuditCommand
{
    public const int Broken = 2;

    public static Command Create()
    {
        var society = SocietyOption.Create();
        var command = new Command("verify", "Prove that no one has edited the register's history") { society };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            var verification = await cli.Get<AuditLog>().VerifyAsync(found.Id, cancellationToken);
            if (verification.IsIntact)
            {
                await cli.Output.WriteLineAsync(verification.ToString());
                return 0;
            }

            await cli.Error.WriteLineAsync(verification.ToString());
            return Broken;
        }, cancellationToken));
        return command;
    }
}
