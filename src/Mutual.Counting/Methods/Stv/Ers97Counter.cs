using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// One ERS97 count; see <see cref="Ers97Stv"/> for the rules. A "point" of the count is the state
/// after the first stage or after any batch of papers moved; ties look back over the points.
/// </summary>
internal sealed partial class Ers97Counter
{
    private readonly string title;
    private readonly ulong seed;
    private readonly int seats;
    private readonly IReadOnlyList<string> names;
    private readonly Ers97Papers papers;
    private readonly Ers97Standing[] standing;
    private readonly List<int>[] held;
    private readonly List<List<int>>[] parcels;
    private readonly decimal[] votes;
    private readonly List<decimal[]> points = [];
    private readonly List<int> elected = [];
    private readonly List<int> electedAtStage = [];
    private readonly Ers97TieBreak ties;
    private readonly Ers97StageSheet sheet;
    private readonly decimal validVote;
    private decimal quota;
    private decimal threshold;
    private decimal surplus;
    private int? transferor;
    private bool firstExclusion = true;

    public Ers97Counter(Election election, CountOptions options)
    {
        title = election.Title;
        seed = options.Seed;
        seats = options.Seats ?? election.Seats;
        names = election.Candidates;
        papers = Ers97Papers.From(election);
        validVote = papers.TotalValid;
        standing = Enumerable.Range(0, names.Count)
            .Select(c => election.Withdrawn.Contains(c) ? Ers97Standing.Withdrawn : Ers97Standing.Continuing)
            .ToArray();
        held = names.Select(_ => new List<int>()).ToArray();
        parcels = names.Select(_ => new List<List<int>>()).ToArray();
        votes = new decimal[names.Count];
        ties = new Ers97TieBreak(election.TieOrder, options.Seed, names);
        sheet = new Ers97StageSheet(names, validVote);
    }

    private List<int> Continuing => Candidates(Ers97Standing.Continuing);

    public CountResult Run()
    {
        for (var b = 0; b < papers.Count; b++)
        {
            if (papers.NextContinuing(b, IsContinuing) is int first) held[first].Add(b);
        }

        for (var c = 0; c < names.Count; c++) parcels[c].Add(held[c].ToList());
        UpdatePoint();
        Record(StageKind.FirstPreferences, "First preferences", [], [], "");

        while (elected.Count < seats && Continuing.Count + elected.Count > seats)
        {
            if (surplus > 0 && Candidates(Ers97Standing.ElectedWithSurplus).Count > 0 && SureLosers().Count == 0) TransferSurplus();
            else Exclude();
        }

        Finish();
        return new CountResult("ers97", title, names, seats, quota, elected, sheet.Stages)
        {
            Seed = seed,
            Precision = Ers97Stv.Precision,
            ValidVotes = validVote,
            Ties = ties.Log,
        };
    }

    private bool IsContinuing(int c) => standing[c] == Ers97Standing.Continuing;

    private List<int> Candidates(Ers97Standing state) => Enumerable.Range(0, names.Count).Where(c => standing[c] == state).ToList();

    /// <summary>Counts the votes after a batch of papers moved, then finds who is elected.</summary>
    private void UpdatePoint()
    {
        for (var c = 0; c < names.Count; c++)
        {
            if (standing[c] is Ers97Standing.ElectedDone or Ers97Standing.Withdrawn) continue;
            votes[c] = held[c].Sum(papers.Value);
        }

        if (transferor is int from) votes[from] = quota;
        transferor = null;
        UpdateQuotaAndThreshold();
        UpdateSurplus();
        ElectThoseOverThreshold();
        points.Add(votes.ToArray());
    }

    /// <summary>5.1.6 and 5.4.8 for the quota; 5.1.7 (b) and 5.6.1 for the threshold.</summary>
    private void UpdateQuotaAndThreshold()
    {
        if (elected.Count == 0) quota = UpHundredths(votes.Sum() / (seats + 1));
        var active = Enumerable.Range(0, names.Count).Sum(c => standing[c] switch
        {
            Ers97Standing.Continuing or Ers97Standing.Excluded => votes[c],
            Ers97Standing.ElectedWithSurplus => Math.Max(votes[c] - quota, 0),
            _ => 0m,
        });
        var placesLeft = seats - elected.Count;
        if (placesLeft > 0) threshold = UpHundredths(active / (placesLeft + 1));
    }

    private void UpdateSurplus() =>
        surplus = Enumerable.Range(0, names.Count)
            .Where(c => standing[c] is Ers97Standing.Continuing or Ers97Standing.ElectedWithSurplus)
            .Sum(c => Math.Max(votes[c] - quota, 0));

    /// <summary>5.1.7, 5.3.13, 5.4.9: in descending order of votes, up to the places left (5.6.2).</summary>
    private void ElectThoseOverThreshold()
    {
        var reached = Continuing.Where(c => votes[c] >= Math.Max(threshold, 0.01m)).ToList();
        while (reached.Count > seats - elected.Count)
            reached.RemoveAll(ties.LosersOfTheLastPlace(reached, votes, points).Contains);
        if (reached.Count == 0) return;

        foreach (var c in reached.OrderByDescending(c => votes[c]).ThenBy(c => c))
        {
            standing[c] = Ers97Standing.ElectedWithSurplus;
            elected.Add(c);
            electedAtStage.Add(c);
        }

        UpdateQuotaAndThreshold();
        UpdateSurplus();
        if (elected.Count < seats) ElectThoseOverThreshold();
    }

    private static decimal UpHundredths(decimal value) => decimal.Ceiling(value * 100) / 100;

    private static decimal DownHundredths(decimal value) => decimal.Floor(value * 100) / 100;

    private string Names(IEnumerable<int> candidates) => string.Join(", ", candidates.Select(c => names[c]));
}
