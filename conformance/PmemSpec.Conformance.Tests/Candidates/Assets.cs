namespace PmemSpec.Conformance.Tests.Candidates;

/// <summary>The candidate sources under Candidates/assets, as paths relative to the working directory (errors name paths as given).</summary>
internal static class Assets
{
    public static string Path(string relative) =>
        System.IO.Path.GetRelativePath(Environment.CurrentDirectory, System.IO.Path.Combine(AppContext.BaseDirectory, "Candidates", "assets", relative));
}
