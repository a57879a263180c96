using System.CommandLine;

var root = new RootCommand("mutual: run a member-owned society from the command line");
return await root.Parse(args).InvokeAsync();
