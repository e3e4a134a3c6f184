namespace PmemSpec.Conformance.Isolation;

/// <summary>How to start a worker process: a program and the arguments before the request file (e.g. <c>dotnet pmemspec.dll __worker</c>).</summary>
/// <param name="FileName">The program to run.</param>
/// <param name="Arguments">Its leading arguments; the request file's path is appended.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments);
