using Microsoft.CodeAnalysis;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Candidates;

/// <summary>The kit's contract types as symbols of one compilation, and the questions discovery asks about a type.</summary>
internal sealed class KitSymbols
{
    private readonly INamedTypeSymbol device;
    private readonly INamedTypeSymbol kernel;

    private KitSymbols(INamedTypeSymbol device, INamedTypeSymbol kernel, INamedTypeSymbol attribute)
    {
        this.device = device;
        this.kernel = kernel;
        Attribute = attribute;
    }

    public INamedTypeSymbol Attribute { get; }

    public static KitSymbols Of(Compilation compilation) => new(
        Get(compilation, typeof(IDaxDevice)), Get(compilation, typeof(SimulatedKernel)), Get(compilation, typeof(DaxCandidateAttribute)));

    public bool IsDevice(INamedTypeSymbol type) => type.AllInterfaces.Contains(device, SymbolEqualityComparer.Default);

    /// <summary>True for a public (SimulatedKernel, long) constructor, false for (SimulatedKernel), null for neither.</summary>
    public bool? Constructor(INamedTypeSymbol type)
    {
        var shapes = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.All(p => p.RefKind == RefKind.None))
            .Select(c => c.Parameters.Select(p => p.Type).ToList())
            .ToList();
        if (shapes.Any(p => p.Count == 2 && IsKernel(p[0]) && p[1].SpecialType == SpecialType.System_Int64)) return true;
        if (shapes.Any(p => p.Count == 1 && IsKernel(p[0]))) return false;
        return null;
    }

    private bool IsKernel(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, kernel);

    private static INamedTypeSymbol Get(Compilation compilation, Type type) =>
        compilation.GetTypeByMetadataName(type.FullName!) ?? throw new InvalidOperationException($"the kit's contract assembly lacks {type.FullName}");
}
