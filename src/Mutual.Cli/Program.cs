using System.CommandLine;
using Mutual.Cli.Commands;
using Mutual.Cli.Foundation;

// Each command lives in Commands/<Verb><Noun>Command.cs and is added here, one line each.
var root = new RootCommand("mutual: run a member-owned society from the command line");
root.Subcommands.Add(CountCommand.Create());
root.Options.Add(DatabaseOption.Option);
root.Subcommands.Add(SocietyCommand.Create());
root.Subcommands.Add(MembersCommand.Create());
root.Subcommands.Add(RegisterCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(PollCommand.Create());
return await root.Parse(args).InvokeAsync();
