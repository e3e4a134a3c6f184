namespace PmemSpec.Conformance.Tests.Docs;

/// <summary>The repository checkout the tests run in (the folder holding PmemSpec.sln).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string File(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "PmemSpec.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no PmemSpec.sln above {AppContext.BaseDirectory}");
    }
}
