using System.CommandLine;
using Mutual.Cli.Commands;
using Mutual.Testing;

namespace Mutual.Cli.Tests.Counting;

/// <summary>Runs <c>mutual</c> in process, as Program.cs wires it, capturing what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("mutual") { CountCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string Ward(string file) => SharedData.Path("elections", "scotland-2017", "ballots", file);
}
