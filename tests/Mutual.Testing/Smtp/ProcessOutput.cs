using System.Diagnostics;
using System.Text;

namespace Mutual.Testing.Smtp;

/// <summary>Collects a child process's output, so a server that fails to start can say why.</summary>
internal sealed class ProcessOutput
{
    private readonly StringBuilder _text = new();

    public ProcessOutput(Process process)
    {
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Text
    {
        get
        {
            lock (_text) return _text.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_text) _text.AppendLine(line);
    }
}
