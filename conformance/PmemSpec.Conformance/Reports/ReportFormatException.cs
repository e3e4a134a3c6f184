namespace PmemSpec.Conformance.Reports;

/// <summary>A report file that cannot be read back: the message names the file and what is wrong with it.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>A report error with no details.</summary>
    public ReportFormatException()
        : this("<report>", "unreadable report", null)
    {
    }

    /// <summary>A report error with a message that already names the file.</summary>
    public ReportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>A report error with a message that already names the file, and its cause.</summary>
    public ReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A report error in <paramref name="file"/>: the message is <c>file: problem</c>.</summary>
    public ReportFormatException(string file, string problem, Exception? innerException)
        : base($"{file}: {problem}", innerException)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The file (or source name) that could not be read, when known.</summary>
    public string? File { get; }

    /// <summary>What is wrong, without the file name, when known.</summary>
    public string? Problem { get; }
}
