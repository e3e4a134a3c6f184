using Microsoft.CodeAnalysis;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// Finds plug-in types by contract in an assembly's symbols (nothing of the candidate runs): public,
/// non-abstract classes implementing IDaxDevice with a public <c>(SimulatedKernel)</c> or
/// <c>(SimulatedKernel, long)</c> constructor, and classes implementing IRawBlockDaxDevice with a
/// public <c>(IMm, Partition)</c> constructor. A public implementer the kit cannot construct is an error.
/// </summary>
internal static class CandidateDiscovery
{
    public const string Expected = "a public, non-abstract class implementing PmemSpec.Dax.IDaxDevice with a public constructor (SimulatedKernel) or (SimulatedKernel, long), "
        + "or implementing PmemSpec.Reference.RawBlockDax.IRawBlockDaxDevice with a public constructor (IMm, Partition)";

    public static CandidateLoad Find(Compilation compilation, IAssemblySymbol assembly, string displayPath, CandidateImage image)
    {
        var contract = KitSymbols.Of(compilation);
        var found = new List<(INamedTypeSymbol Type, CandidateContract Contract, bool TakesCapacity)>();
        var errors = new List<string>();
        var skipped = new List<string>();
        foreach (var type in Types(assembly.GlobalNamespace).OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal))
        {
            if (contract.ContractOf(type) is not { } kind) continue;
            var what = kind == CandidateContract.Driver ? "IDaxDevice" : "IRawBlockDaxDevice";
            if (!IsPublic(type)) skipped.Add($"{type.Name} implements {what} but is not public");
            else if (type.IsAbstract) skipped.Add($"{type.Name} implements {what} but is abstract");
            else if (type.IsGenericType) errors.Add($"{type.Name} implements {what} but is generic; the kit cannot choose its type arguments");
            else if (Constructible(type, kind, contract) is { } takesCapacity) found.Add((type, kind, takesCapacity));
            else errors.Add($"{type.Name} implements {what} but has no public constructor {Wanted(kind)}; found: {Constructors(type)}");
        }
        if (errors.Count > 0) return CandidateLoad.Fail(errors);
        if (found.Count == 0)
            return CandidateLoad.Fail([$"no plug-in type in {displayPath}: expected {Expected}", .. skipped.Select(s => "  " + s)]);
        var all = found.Select(f => f.Type).ToList();
        var candidates = found.Select(f => CandidateAttributeReader.Read(f.Type, f.TakesCapacity, Name(f.Type, all), contract) with { Contract = f.Contract }).ToList();
        var invalid = candidates.SelectMany(Problems).ToList();
        return invalid.Count > 0 ? CandidateLoad.Fail(invalid) : new CandidateLoad([], candidates, image);
    }

    /// <summary>For a driver: whether its constructor takes the capacity (null: none usable); for a fault handler: false when it has (IMm, Partition).</summary>
    private static bool? Constructible(INamedTypeSymbol type, CandidateContract kind, KitSymbols contract) =>
        kind == CandidateContract.Driver ? contract.Constructor(type) : contract.HasHandlerConstructor(type) ? false : null;

    private static string Wanted(CandidateContract kind) =>
        kind == CandidateContract.Driver ? "(SimulatedKernel) or (SimulatedKernel, long)" : "(IMm, Partition)";

    private static IEnumerable<string> Problems(CandidateType c)
    {
        if (c.Contract == CandidateContract.Driver && c.CapacitySectors < Units.SectorsPerPage)
            yield return $"{c.Name}: CapacitySectors must be at least {Units.SectorsPerPage} (one page)";
        if (c.Contract == CandidateContract.FaultHandler && c.DeclaredEra is { } era && era != Era.V4_6)
            yield return $"{c.Name}: a raw block-device DAX layer exists only in v4.6 (domain §8), but [DaxCandidate] declares {era.Display()}";
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type) yield return type;
            if (member is INamespaceOrTypeSymbol inner)
                foreach (var nested in Types(inner)) yield return nested;
        }
    }

    private static bool IsPublic(INamedTypeSymbol type) =>
        type.DeclaredAccessibility == Accessibility.Public && (type.ContainingType is null || IsPublic(type.ContainingType));

    private static string Constructors(INamedTypeSymbol type)
    {
        var shapes = type.InstanceConstructors.Select(c =>
            $"{(c.DeclaredAccessibility == Accessibility.Public ? "" : c.DeclaredAccessibility.ToString().ToLowerInvariant() + " ")}" +
            $"({string.Join(", ", c.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)))})");
        return string.Join(", ", shapes);
    }

    private static string Name(INamedTypeSymbol type, IEnumerable<INamedTypeSymbol> all) =>
        all.Count(t => t.Name == type.Name) > 1 ? type.ToDisplayString() : type.Name;
}
