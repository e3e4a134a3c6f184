using Microsoft.CodeAnalysis;
using PmemSpec.Dax;
using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Candidates;

/// <summary>The kit's contract types as symbols of one compilation, and the questions discovery asks about a type.</summary>
internal sealed class KitSymbols
{
    private readonly INamedTypeSymbol device;
    private readonly INamedTypeSymbol kernel;
    private readonly INamedTypeSymbol rawBlockDax;
    private readonly INamedTypeSymbol mm;
    private readonly INamedTypeSymbol partition;

    private KitSymbols(Compilation compilation)
    {
        device = Get(compilation, typeof(IDaxDevice));
        kernel = Get(compilation, typeof(SimulatedKernel));
        rawBlockDax = Get(compilation, typeof(IRawBlockDaxDevice));
        mm = Get(compilation, typeof(IMm));
        partition = Get(compilation, typeof(Partition));
        Attribute = Get(compilation, typeof(DaxCandidateAttribute));
    }

    public INamedTypeSymbol Attribute { get; }

    public static KitSymbols Of(Compilation compilation) => new(compilation);

    public bool IsDevice(INamedTypeSymbol type) => type.AllInterfaces.Contains(device, SymbolEqualityComparer.Default);

    public bool IsFaultHandler(INamedTypeSymbol type) => type.AllInterfaces.Contains(rawBlockDax, SymbolEqualityComparer.Default);

    /// <summary>The contract <paramref name="type"/> implements, or null; a driver wins when it implements both.</summary>
    public CandidateContract? ContractOf(INamedTypeSymbol type) =>
        IsDevice(type) ? CandidateContract.Driver : IsFaultHandler(type) ? CandidateContract.FaultHandler : null;

    /// <summary>True when <paramref name="type"/> has a public (IMm, Partition) constructor.</summary>
    public bool HasHandlerConstructor(INamedTypeSymbol type) => PublicShapes(type)
        .Any(p => p.Count == 2 && SymbolEqualityComparer.Default.Equals(p[0], mm) && SymbolEqualityComparer.Default.Equals(p[1], partition));

    /// <summary>True for a public (SimulatedKernel, long) constructor, false for (SimulatedKernel), null for neither.</summary>
    public bool? Constructor(INamedTypeSymbol type)
    {
        var shapes = PublicShapes(type);
        if (shapes.Any(p => p.Count == 2 && IsKernel(p[0]) && p[1].SpecialType == SpecialType.System_Int64)) return true;
        if (shapes.Any(p => p.Count == 1 && IsKernel(p[0]))) return false;
        return null;
    }

    private static List<List<ITypeSymbol>> PublicShapes(INamedTypeSymbol type) => type.InstanceConstructors
        .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.All(p => p.RefKind == RefKind.None))
        .Select(c => c.Parameters.Select(p => p.Type).ToList())
        .ToList();

    private bool IsKernel(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, kernel);

    private static INamedTypeSymbol Get(Compilation compilation, Type type) =>
        compilation.GetTypeByMetadataName(type.FullName!) ?? throw new InvalidOperationException($"the kit's contract assembly lacks {type.FullName}");
}
