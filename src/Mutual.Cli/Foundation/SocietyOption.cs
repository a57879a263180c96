using System.CommandLine;

namespace Mutual.Cli.Foundation;

internal static class SocietyOption
{
    public static Option<string> Create() => new("--society", "-s")
    {
        Description = "The society's short name (slug), as in /s/{slug}/ on the web",
        Required = true,
    };
}
