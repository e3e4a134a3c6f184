using Microsoft.CodeAnalysis;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// Loads what <c>pmemspec check PATH</c> names: a compiled assembly (<c>.dll</c>), one C# source
/// file, or a folder of them (every <c>*.cs</c> below it, <c>bin</c> and <c>obj</c> left out, in
/// ordinal order), compiled in memory against the kit's contract assembly. Finds the plug-in types
/// without running any candidate code.
/// </summary>
public static class CandidateSource
{
    /// <summary>The candidates in <paramref name="path"/>, or why there are none; errors name the path as given.</summary>
    public static CandidateLoad Load(string path)
    {
        if (Directory.Exists(path)) return FromSources(path, Sources(path));
        if (!File.Exists(path)) return CandidateLoad.Fail($"no such file or folder: {path}");
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".cs" => FromSources(path, [path]),
            ".dll" => FromAssembly(path),
            _ => CandidateLoad.Fail($"{path}: expected a compiled assembly (.dll), a C# source file (.cs) or a folder of .cs files"),
        };
    }

    private static List<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static CandidateLoad FromSources(string path, List<string> files)
    {
        if (files.Count == 0) return CandidateLoad.Fail($"no .cs files in {path}");
        var (compilation, image, errors) = SourceCompiler.Compile(files.Select(f => (f, File.ReadAllText(f))).ToList());
        if (image is null) return CandidateLoad.Fail([.. errors, $"{path} does not compile ({errors.Count} {(errors.Count == 1 ? "error" : "errors")})"]);
        return CandidateDiscovery.Find(compilation, compilation.Assembly, path, new CandidateImage(null, image));
    }

    private static CandidateLoad FromAssembly(string path)
    {
        var (compilation, reference) = SourceCompiler.Inspect(Path.GetFullPath(path));
        if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            return CandidateLoad.Fail($"{path}: not a .NET assembly ({string.Join("; ", DiagnosticText.Errors(compilation.GetDiagnostics()))})");
        return CandidateDiscovery.Find(compilation, assembly, path, new CandidateImage(Path.GetFullPath(path), ReadOnlyMemory<byte>.Empty));
    }
}
