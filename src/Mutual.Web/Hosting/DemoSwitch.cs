namespace Mutual.Web.Hosting;

/// <summary>Reads the <c>--demo</c> command-line switch as the setting <c>Mutual:Demo=true</c>.</summary>
public static class DemoSwitch
{
    public const string SettingKey = "Mutual:Demo";

    public static string[] ToConfigurationArguments(string[] args) =>
        [.. args.Select(a => a == "--demo" ? $"--{SettingKey}=true" : a)];
}
