using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// Erases, at close, what PostgreSQL's storage remembers of the order and time of voting.
/// While a poll is open, a PostgreSQL ballot sits in the heap in arrival order, and its system
/// column <c>xmin</c> (the inserting transaction) equals the <c>xmin</c> of the voter's roll line
/// flipped in the same transaction: someone who can query the database while the poll is open
/// could pair them. That is the residual risk, accepted for the length of the poll so that a cast
/// stays two statements. At close, in the closing transaction, the poll's ballots are copied out,
/// deleted and written back in random order, and the voted roll lines are rewritten, so every
/// ballot and every voted line ends with the same <c>xmin</c> and the heap order is random. The
/// dead row versions stay in the table files until VACUUM reclaims them, and the write-ahead log
/// keeps its records until recycled; neither is reachable through SQL. SQLite needs none of this:
/// ballots are keyed by a random rowid, so its table order is random from the start.
/// </summary>
internal static class BallotShuffle
{
    public static async Task RewriteAsync(MutualDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        var poll = pollId.Value;
        await db.Database.ExecuteSqlAsync(
            $"CREATE TEMP TABLE shuffled_ballots ON COMMIT DROP AS SELECT id, poll_id, receipt, content, class_key, votes FROM poll_ballots WHERE poll_id = {poll}",
            cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM poll_ballots WHERE poll_id = {poll}", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO poll_ballots (id, poll_id, receipt, content, class_key, votes) SELECT id, poll_id, receipt, content, class_key, votes FROM shuffled_ballots ORDER BY random()",
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE poll_voters SET voted_by = voted_by WHERE poll_id = {poll} AND has_voted", cancellationToken);
    }
}
