using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Cli.Polls;

/// <summary><c>--poll ID</c>: a poll's id, as <c>mutual poll list</c> prints it.</summary>
internal static class PollOption
{
    public static Option<string> Create() => new("--poll", "-p") { Description = "The poll's id, as 'mutual poll list' shows it", Required = true };

    /// <summary>The poll, or null after saying on standard error why there is none.</summary>
    public static async Task<PollId?> FindAsync(CliServices cli, SocietyId societyId, string text, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(text, out var guid))
        {
            await cli.Error.WriteLineAsync($"--poll: \"{text}\" is not a poll id; 'mutual poll list' shows them.");
            return null;
        }

        var id = new PollId(guid);
        if (await cli.Get<PollService>().GetAsync(societyId, id, cancellationToken) is null)
        {
            await cli.Error.WriteLineAsync(new PollNotFound(id).Message);
            return null;
        }

        return id;
    }
}
