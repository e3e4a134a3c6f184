using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.TestAssets;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reports;

/// <summary>Compiles a ready-to-paste test with Roslyn against the kit, xunit and the test candidates, as a user's test project would.</summary>
internal static class SnippetCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Load);

    public static Assembly Compile(string source)
    {
        var compilation = CSharpCompilation.Create("Reproduction" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.True(emitted.Success, "the snippet does not compile:\n" + string.Join("\n", errors) + "\n" + source);
        var noise = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning || d.Id == "CS8019").Select(d => d.ToString());
        Assert.True(!noise.Any(), "the snippet has warnings or unused usings (errors in a warnings-as-errors project):\n" + string.Join("\n", noise));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>Runs the single [Fact] of the compiled class; returns the exception it failed with, or null.</summary>
    public static Exception? RunFact(Assembly assembly)
    {
        var type = Assert.Single(assembly.GetTypes(), t => t.IsPublic);
        var fact = Assert.Single(type.GetMethods(), m => m.GetCustomAttributes<FactAttribute>().Any());
        try
        {
            fact.Invoke(Activator.CreateInstance(type), null);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static IReadOnlyList<MetadataReference> Load()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        Type[] kit = [typeof(SequenceRunner), typeof(DeviceProfile), typeof(ReferenceProfiles), typeof(TwoPageBrd), typeof(FactAttribute), typeof(Assert)];
        return [.. platform.Concat(kit.Select(t => t.Assembly.Location)).DistinctBy(Path.GetFileName).Select(p => MetadataReference.CreateFromFile(p))];
    }
}
