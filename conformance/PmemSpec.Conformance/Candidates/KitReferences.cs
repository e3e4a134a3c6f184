using Microsoft.CodeAnalysis;
using PmemSpec.Dax;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Candidates;

/// <summary>What candidate sources compile against: the shared framework and the kit's contract assemblies (the spec, and the reference mm and raw-bdev layer), nothing else.</summary>
internal static class KitReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Create);

    public static IReadOnlyList<MetadataReference> All => References.Value;

    private static List<MetadataReference> Create()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        return trusted
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(p) == frameworkDir)
            .Append(typeof(IDaxDevice).Assembly.Location)
            .Append(typeof(IRawBlockDaxDevice).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
