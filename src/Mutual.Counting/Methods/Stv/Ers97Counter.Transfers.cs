using System.Globalization;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

internal sealed partial class Ers97Counter
{
    /// <summary>5.2.3 and 5.3: the largest surplus, from the last parcel the candidate received.</summary>
    private void TransferSurplus()
    {
        var from = ties.Choose(Candidates(Ers97Standing.ElectedWithSurplus), points[^1], points[..^1], most: true, "the surplus to transfer");
        standing[from] = Ers97Standing.ElectedDone;
        var excess = votes[from] - quota;
        var last = parcels[from][^1];
        var transferable = last.Where(b => papers.NextContinuing(b, IsContinuing) is not null).ToList();
        var papersCount = transferable.Sum(b => papers.Weights[b]);
        var value = transferable.Sum(papers.Value);
        var perPaper = "at their present value";
        if (value > excess)
        {
            var transferValue = DownHundredths(excess / papersCount);
            foreach (var b in last) papers.Values[b] = transferValue;
            perPaper = string.Create(CultureInfo.InvariantCulture, $"at {transferValue:0.00} a paper");
        }

        Move(last);
        held[from].Clear();
        transferor = from;
        UpdatePoint();
        Record(
            StageKind.Surplus,
            string.Create(CultureInfo.InvariantCulture, $"Surplus of {names[from]} ({excess:0.00}) from {papersCount} transferable papers {perPaper}"),
            [from],
            [],
            "");
    }

    /// <summary>5.2.5 and 5.4: exclusion, papers moved in parcels of descending value.</summary>
    private void Exclude()
    {
        var deferred = surplus;
        var excluded = ChooseExclusions();
        foreach (var c in excluded) standing[c] = Ers97Standing.Excluded;
        var values = excluded.SelectMany(c => held[c]).Select(b => papers.Values[b]).Distinct().OrderDescending().ToList();
        if (values.Count == 0) UpdatePoint();
        var moved = new List<string>();
        foreach (var value in values)
        {
            foreach (var c in excluded)
            {
                Move(held[c].Where(b => papers.Values[b] == value).ToList());
                held[c].RemoveAll(b => papers.Values[b] == value);
            }

            UpdatePoint();
            moved.Add(value.ToString("0.00", CultureInfo.InvariantCulture));
            if (elected.Count >= seats || Continuing.Count + elected.Count <= seats) break;
        }

        var note = (deferred > 0 ? string.Create(CultureInfo.InvariantCulture, $"Surpluses of {deferred:0.00} deferred (5.2.2). ") : "") +
            (moved.Count > 0 ? $"Papers moved in parcels of value {string.Join(", ", moved)}." : "No papers to move.");
        Record(StageKind.Exclusion, $"Exclusion of {Names(excluded)}", excluded, excluded, note);
    }

    /// <summary>
    /// Sure losers, else the lowest candidate. At the first exclusion with no surplus, candidates
    /// with no votes go together with the lowest candidate who has some (as OpenSTV does).
    /// </summary>
    private List<int> ChooseExclusions()
    {
        var continuing = Continuing;
        var losers = SureLosers();
        if (firstExclusion && surplus == 0 && losers.Count > 0 && losers.Sum(c => points[^1][c]) == 0)
        {
            var others = continuing.Except(losers).ToList();
            if (others.Count + elected.Count > seats)
                losers.Add(ties.Choose(others, points[^1], points[..^1], most: false, "exclusion"));
        }

        firstExclusion = false;
        return losers.Count > 0 ? losers.Order().ToList() : [ties.Choose(continuing, points[^1], points[..^1], most: false, "exclusion")];
    }

    private List<int> SureLosers() =>
        Ers97SureLosers.Find(Continuing, points[^1], surplus, Continuing.Count + elected.Count - seats);

    /// <summary>Moves papers to their next available preference, each recipient's new parcel kept apart.</summary>
    private void Move(List<int> batch)
    {
        var received = new Dictionary<int, List<int>>();
        foreach (var b in batch)
        {
            if (papers.NextContinuing(b, IsContinuing) is not int to) continue;
            held[to].Add(b);
            if (!received.TryGetValue(to, out var parcel)) received[to] = parcel = [];
            parcel.Add(b);
        }

        foreach (var (to, parcel) in received) parcels[to].Add(parcel);
    }

    private void Finish()
    {
        var remaining = Continuing.OrderByDescending(c => votes[c]).ThenBy(c => c).ToList();
        if (remaining.Count == 0) return;
        var excluded = new List<int>();
        foreach (var c in remaining)
        {
            if (elected.Count < seats)
            {
                standing[c] = Ers97Standing.ElectedDone;
                elected.Add(c);
                electedAtStage.Add(c);
            }
            else
            {
                standing[c] = Ers97Standing.Excluded;
                excluded.Add(c);
            }
        }

        var what = electedAtStage.Count > 0 ? $"{Names(electedAtStage)} elected to fill the places left (5.5.1)" : $"{Names(excluded)} excluded, all places filled (5.5.2)";
        Record(StageKind.Final, what, [], excluded, "");
    }

    private void Record(StageKind kind, string description, IReadOnlyList<int> from, IReadOnlyList<int> excluded, string note)
    {
        sheet.Add(kind, description, votes, StatesNow(), electedAtStage.ToArray(), excluded, from, quota, threshold, note);
        electedAtStage.Clear();
    }

    private CandidateState[] StatesNow() => standing.Select(s => s switch
    {
        Ers97Standing.Continuing => CandidateState.Continuing,
        Ers97Standing.ElectedWithSurplus or Ers97Standing.ElectedDone => CandidateState.Elected,
        Ers97Standing.Excluded => CandidateState.Excluded,
        _ => CandidateState.Withdrawn,
    }).ToArray();
}
