using Mutual.Web.Hosting;

// `--demo` is a switch, not a key=value setting, so it is turned into one before configuration reads the arguments.
var builder = WebApplication.CreateBuilder(DemoSwitch.ToConfigurationArguments(args));
builder.AddMutualWeb();

var app = builder.Build();
app.UseMutualWeb();
await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
