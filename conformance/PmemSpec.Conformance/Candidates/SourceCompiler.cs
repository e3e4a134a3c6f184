using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// Compiles candidate sources in memory with Roslyn against <see cref="KitReferences"/>, with the
/// SDK's implicit usings (System, System.Collections.Generic, System.IO, System.Linq,
/// System.Threading, System.Threading.Tasks) and nullable enabled.
/// </summary>
internal static class SourceCompiler
{
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\n" +
        "global using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    /// <summary>The compilation (for discovery) and the emitted image, or the compile errors naming each source's display path.</summary>
    public static (CSharpCompilation Compilation, byte[]? Image, IReadOnlyList<string> Errors) Compile(
        IReadOnlyList<(string DisplayPath, string Text)> sources)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.DisplayPath, Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "<implicit usings>", Encoding.UTF8));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true);
        var compilation = CSharpCompilation.Create("pmemspec.candidate", trees, KitReferences.All, options);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        return emitted.Success ? (compilation, image.ToArray(), []) : (compilation, null, DiagnosticText.Errors(emitted.Diagnostics));
    }

    /// <summary>A compilation that only references <paramref name="assembly"/>, to read its types without loading it.</summary>
    public static (CSharpCompilation Compilation, MetadataReference Reference) Inspect(string assembly)
    {
        var reference = MetadataReference.CreateFromFile(assembly);
        var compilation = CSharpCompilation.Create("pmemspec.inspect", [], [.. KitReferences.All, reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return (compilation, reference);
    }
}
