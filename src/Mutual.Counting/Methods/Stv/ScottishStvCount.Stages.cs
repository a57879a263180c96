using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>Electing at the end of each stage (rule 47) and writing the round sheet.</summary>
internal sealed partial class ScottishStvCount
{
    private readonly List<Stage> _stages = [];
    private readonly List<IReadOnlyList<decimal>> _history = [];
    private decimal _previousNonTransferable;
    private int _tiesBeforeStage;

    private void EndStage(StageKind kind, string description, int? from)
    {
        var totals = _totals.Select(Arithmetic.ToDecimal).ToArray();
        _history.Add(totals);
        var elected = ElectThoseWithQuota();
        var previous = _stages.Count == 0 ? new decimal[_candidates] : _stages[^1].Totals;
        var nonTransferable = Arithmetic.ToDecimal(_nonTransferable);
        _stages.Add(new Stage(
            _stages.Count + 1,
            kind,
            description,
            totals,
            totals.Select((t, c) => t - previous[c]).ToArray(),
            nonTransferable,
            nonTransferable - _previousNonTransferable,
            [.. _state],
            elected,
            kind == StageKind.Exclusion && from is { } excluded ? [excluded] : [])
        {
            From = from is { } source ? [source] : [],
            Quota = Arithmetic.ToDecimal(_quota),
            Residual = Arithmetic.ToDecimal(_residual),
            Note = TieNote(_tiesBeforeStage),
        });
        _previousNonTransferable = nonTransferable;
        _tiesBeforeStage = _ties.Log.Count;
    }

    /// <summary>Rule 47: everyone at or above the quota is elected, highest first.</summary>
    private List<int> ElectThoseWithQuota()
    {
        var reached = Continuing.Where(c => _totals[c] >= _quota).ToList();
        var elected = ElectInOrder(reached);
        foreach (var c in elected.Where(c => _totals[c] > _quota)) _surplusesToTransfer.Add(c);
        return elected;
    }

    /// <summary>Rule 52: the continuing candidates fill the seats left; they join the last stage's elected.</summary>
    private void FillLastVacancies()
    {
        var remaining = Continuing.ToList();
        if (remaining.Count == 0 || remaining.Count > SeatsLeft) return;
        var tiesBefore = _ties.Log.Count;
        var elected = ElectInOrder(remaining);
        var last = _stages[^1];
        _stages[^1] = last with
        {
            States = [.. _state],
            Elected = [.. last.Elected, .. elected],
            Note = JoinNotes(last.Note, TieNote(tiesBefore)),
        };
    }

    private List<int> ElectInOrder(List<int> candidates)
    {
        var order = new List<int>();
        while (candidates.Count > 0)
        {
            var highest = candidates.Max(c => _totals[c]);
            var tied = candidates.Where(c => _totals[c] == highest).ToList();
            var next = _ties.Choose(tied, TiePreference.Highest, _history, _stages.Count + 1, "order of election");
            candidates.Remove(next);
            order.Add(next);
            _state[next] = CandidateState.Elected;
            _elected.Add(next);
        }
        return order;
    }

    private string? TieNote(int from) =>
        _ties.Log.Count > from ? string.Join("; ", _ties.Log.Skip(from)) : null;

    private static string? JoinNotes(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";

    private CountResult Result(string method) =>
        new(method, _election.Title, _election.Candidates, _seats, Arithmetic.ToDecimal(_quota), [.. _elected], _stages)
        {
            Seed = _seed,
            Precision = $"fixed point, {ScottishStv.DecimalPlaces} decimal places, truncated",
            ValidVotes = Arithmetic.ToDecimal(_ballots.ValidUnits),
            Ties = _ties.Log,
        };
}
