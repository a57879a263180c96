using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using MimeKit;
using Mutual.Data.Mail;

namespace Mutual.Testing.Smtp;

/// <summary>
/// A real SMTP server for mail tests: the smtp4dev dotnet tool (pinned in <c>.config/dotnet-tools.json</c>)
/// with an in-memory store, read back through its HTTP API. <c>test.sh</c> starts one for the whole run
/// (while the solution builds: it takes a while to start) and names it in <c>MUTUAL_TEST_SMTP_PORT</c> and
/// <c>MUTUAL_TEST_SMTP_API</c>; without them the fixture starts its own on free loopback ports. Use it as
/// a class fixture; tests share the server, so each test sends to addresses of its own and reads only those.
/// </summary>
public sealed class LocalSmtpServer : IAsyncLifetime
{
    public const string PortVariable = "MUTUAL_TEST_SMTP_PORT";
    public const string ApiVariable = "MUTUAL_TEST_SMTP_API";

    // smtp4dev is an ASP.NET Core app that migrates its database on start: under a loaded CI machine that takes a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new();
    private Process? _process;

    public int SmtpPort { get; private set; }

    public Uri ApiBase { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Settings that send through this server.</summary>
    public MailSettings Settings(string from = "secretary@riverside.example", string fromName = "Riverside Co-operative") =>
        new() { Host = "127.0.0.1", Port = SmtpPort, From = from, FromName = fromName, TimeoutSeconds = 20 };

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(PortVariable) is { Length: > 0 } port && Environment.GetEnvironmentVariable(ApiVariable) is { Length: > 0 } api)
        {
            SmtpPort = int.Parse(port, System.Globalization.CultureInfo.InvariantCulture);
            ApiBase = new Uri(api.EndsWith('/') ? api : api + "/");
            await WaitUntilUpAsync(null);
            return;
        }

        SmtpPort = FreePort();
        var webPort = FreePort();
        ApiBase = new Uri($"http://127.0.0.1:{webPort}/");
        var data = Directory.CreateTempSubdirectory("mutual-smtp4dev-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])["tool", "run", "smtp4dev", "--", $"--smtpport={SmtpPort}", $"--urls={ApiBase}", "--bindaddress=127.0.0.1",
            "--db=", "--imapport=", "--pop3port=", "--nousersettings", "--messagestokeep=100000", $"--baseappdatapath={data.FullName}"])
            start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start smtp4dev.");
        var output = new ProcessOutput(_process);
        await WaitUntilUpAsync(output);
    }

    /// <summary>
    /// The messages the server has received for <paramref name="recipient"/> (envelope recipient), oldest
    /// first, once there are at least <paramref name="atLeast"/> of them or <see cref="ArrivalTimeout"/> has
    /// passed: smtp4dev stores a message in the background after accepting it.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string recipient, int atLeast = 1, CancellationToken cancellationToken = default)
    {
        var summaries = await EventuallyAsync(
            async () => (await ListAsync<MessageSummary>("api/messages", cancellationToken))
                .Where(m => m.To.Contains(recipient, StringComparer.OrdinalIgnoreCase)).OrderBy(m => m.ReceivedDate).ToList(),
            found => found.Count >= atLeast, cancellationToken);
        var messages = new List<MimeMessage>();
        foreach (var summary in summaries)
        {
            await using var raw = await _http.GetStreamAsync(new Uri(ApiBase, $"api/messages/{summary.Id}/raw"), cancellationToken);
            messages.Add(await MimeMessage.LoadAsync(raw, cancellationToken));
        }

        return messages;
    }

    /// <summary>The SMTP sessions (connections) the server has seen, with how many messages each carried.</summary>
    public async Task<IReadOnlyList<SmtpSession>> SessionsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync<SmtpSession>("api/sessions", cancellationToken);

    /// <summary>Whether a session matching <paramref name="match"/> shows up within <see cref="ArrivalTimeout"/>.</summary>
    public async Task<bool> HasSessionAsync(Func<SmtpSession, bool> match, CancellationToken cancellationToken = default) =>
        (await EventuallyAsync(() => SessionsAsync(cancellationToken), sessions => sessions.Any(match), cancellationToken)).Any(match);

    private async Task<List<T>> ListAsync<T>(string path, CancellationToken cancellationToken)
    {
        var page = await _http.GetFromJsonAsync<Page<T>>(new Uri(ApiBase, $"{path}?pageSize=100000"), cancellationToken)
            ?? throw new InvalidOperationException($"smtp4dev returned nothing for {path}.");
        return page.Results;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > ArrivalTimeout) return value;
            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        if (_process is not null) await _process.WaitForExitAsync();
        _process?.Dispose();
        _http.Dispose();
    }

    private async Task WaitUntilUpAsync(ProcessOutput? output)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process is { HasExited: true })
                throw new InvalidOperationException($"smtp4dev exited ({_process.ExitCode}); run `dotnet tool restore` first. Output:\n{output?.Text}");
            try
            {
                using var response = await _http.GetAsync(new Uri(ApiBase, "api/messages"));
                if (response.StatusCode == HttpStatusCode.OK && await SmtpAnswersAsync()) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"smtp4dev at {ApiBase} (SMTP port {SmtpPort}) did not answer within {StartTimeout.TotalSeconds} s. Output:\n{output?.Text}");
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The tool manifest lives at the repository root; `dotnet tool run` finds it from there.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, ".config", "dotnet-tools.json"))) return dir.FullName;
        throw new InvalidOperationException("No .config/dotnet-tools.json above the test binaries: cannot find smtp4dev.");
    }

    private sealed record Page<T>(List<T> Results);

    private sealed record MessageSummary(Guid Id, List<string> To, DateTimeOffset ReceivedDate);
}
