using CsvHelper;

namespace Mutual.Data.Members;

/// <summary>Reads a register CSV row by row, by column name, reporting header problems as row 1.</summary>
internal sealed class RegisterCsvReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _index = [];

    public RegisterCsvReader(Stream csv)
    {
        _csv = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',', HasHeader = true, TrimWhitespace = true }, leaveOpen: true);
    }

    /// <summary>The row as a spreadsheet numbers it: the header is row 1.</summary>
    public long Row => _csv.RowNumber + 1;

    public List<ImportProblem> ReadHeader()
    {
        var problems = new List<ImportProblem>();
        _csv.ReadHeader();
        var headers = _csv.Headers;
        if (headers.Count == 0)
        {
            problems.Add(new ImportProblem(1, "(header)", "the file is empty: the first row must name the columns"));
            return problems;
        }

        var known = RegisterCsvColumns.All.ToDictionary(RegisterCsvColumns.Normalise);
        for (var i = 0; i < headers.Count; i++)
        {
            if (!known.TryGetValue(RegisterCsvColumns.Normalise(headers[i]), out var column))
                problems.Add(new ImportProblem(1, headers[i], $"unknown column; the columns are {string.Join(", ", RegisterCsvColumns.All)}"));
            else if (!_index.TryAdd(column, i))
                problems.Add(new ImportProblem(1, headers[i], "this column appears twice"));
        }

        foreach (var required in RegisterCsvColumns.Required.Where(r => !_index.ContainsKey(r)))
            problems.Add(new ImportProblem(1, required, "this column is missing"));
        return problems;
    }

    public bool Read() => _csv.Read();

    public string Get(string column) =>
        _index.TryGetValue(column, out var i) && i < _csv.FieldCount ? _csv.GetString(i) : "";

    public void Dispose() => _csv.Dispose();
}
