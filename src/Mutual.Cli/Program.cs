using System.CommandLine;

// Each command lives in Commands/<Verb><Noun>Command.cs and is added here, one line each.
var root = new RootCommand("mutual: run a member-owned society from the command line");
root.Subcommands.Add(Mutual.Cli.Commands.CountCommand.Create());
return await root.Parse(args).InvokeAsync();
