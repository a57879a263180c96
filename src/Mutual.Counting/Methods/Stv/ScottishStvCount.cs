using Mutual.Counting.Arithmetic;
using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// One Scottish STV count. Each candidate holds the list of ballots now counting for them, so a
/// stage touches only the papers that move: the surplus or excluded candidate's own.
/// </summary>
internal sealed partial class ScottishStvCount
{
    private static readonly FixedPoint Arithmetic = new(ScottishStv.DecimalPlaces);

    private readonly Election _election;
    private readonly int _seats;
    private readonly ulong _seed;
    private readonly StvBallots _ballots;
    private readonly TieBreaker _ties;
    private readonly int _candidates;
    private readonly CandidateState[] _state;
    private readonly long[] _totals;
    private readonly List<int>[] _parcels;
    private readonly int[] _position;
    private readonly long[] _unitValue;
    private readonly long[] _wholeWeight;
    private readonly List<int> _elected = [];
    private readonly List<int> _surplusesToTransfer = [];
    private readonly long _quota;
    private long _nonTransferable;
    private long _residual;

    public ScottishStvCount(Election election, int seats, ulong seed)
    {
        _election = election;
        _seats = seats;
        _seed = seed;
        _candidates = election.Candidates.Count;
        _ballots = StvBallots.Pack(election, Arithmetic);
        _ties = new TieBreaker(election.Candidates, election.TieOrder, seed);
        _state = new CandidateState[_candidates];
        for (var c = 0; c < _candidates; c++)
            _state[c] = election.Withdrawn.Contains(c) ? CandidateState.Withdrawn : CandidateState.Continuing;
        _totals = new long[_candidates];
        _parcels = Enumerable.Range(0, _candidates).Select(_ => new List<int>()).ToArray();
        _position = new int[_ballots.Count];
        _unitValue = new long[_ballots.Count];
        _wholeWeight = new long[_ballots.Count];
        for (var b = 0; b < _ballots.Count; b++)
        {
            _unitValue[b] = Arithmetic.Unit;
            var weight = _ballots.Weights[b];
            _wholeWeight[b] = weight % Arithmetic.Unit == 0 ? weight / Arithmetic.Unit : -1;
        }
        var valid = _ballots.ValidUnits / Arithmetic.Unit;
        _quota = (valid / (seats + 1) + 1) * Arithmetic.Unit;
    }

    private int SeatsLeft => _seats - _elected.Count;

    private IEnumerable<int> Continuing => Enumerable.Range(0, _candidates).Where(c => _state[c] == CandidateState.Continuing);

    public CountResult Run(string method)
    {
        CountFirstPreferences();
        EndStage(StageKind.FirstPreferences, "First preferences", null);

        while (!IsComplete())
        {
            var surplus = NextSurplus();
            if (surplus >= 0)
            {
                TransferSurplus(surplus);
                EndStage(StageKind.Surplus, $"Surplus of {_election.Candidates[surplus]}", surplus);
                continue;
            }

            var excluded = NextExclusion();
            _state[excluded] = CandidateState.Excluded;
            TransferAll(excluded);
            EndStage(StageKind.Exclusion, $"Exclusion of {_election.Candidates[excluded]}", excluded);
        }
        FillLastVacancies();
        return Result(method);
    }

    /// <summary>Rule 52, and the end of the count once every seat is filled.</summary>
    private bool IsComplete() => SeatsLeft <= 0 || Continuing.Count() <= SeatsLeft;

    private void CountFirstPreferences()
    {
        for (var b = 0; b < _ballots.Count; b++)
        {
            _position[b] = _ballots.Starts[b] - 1;
            Place(b);
        }
    }

    /// <summary>Moves ballot <paramref name="b"/> on to its next continuing preference, or to the non-transferable pile.</summary>
    private void Place(int b)
    {
        var value = Value(b);
        var end = _ballots.Starts[b + 1];
        var preferences = _ballots.Preferences;
        for (var p = _position[b] + 1; p < end; p++)
        {
            var candidate = preferences[p];
            if (_state[candidate] != CandidateState.Continuing) continue;
            _position[b] = p;
            _totals[candidate] += value;
            _parcels[candidate].Add(b);
            return;
        }
        _position[b] = end;
        _nonTransferable += value;
    }

    private long Value(int b)
    {
        var whole = _wholeWeight[b];
        return whole >= 0 ? _unitValue[b] * whole : Arithmetic.Multiply(_unitValue[b], _ballots.Weights[b]);
    }
}
