namespace Mutual.Testing;

/// <summary>Reads an answer-key CSV from the shared data: header row, fields quoted where they hold commas.</summary>
public static class CsvFile
{
    public static List<Dictionary<string, string>> Read(params string[] parts)
    {
        var lines = File.ReadAllLines(SharedData.Path(["elections", .. parts]));
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    public static int[] Numbers(string spaceSeparated) =>
        spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
