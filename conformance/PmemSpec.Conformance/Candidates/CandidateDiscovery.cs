using Microsoft.CodeAnalysis;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// Finds plug-in types by contract in an assembly's symbols (nothing of the candidate runs): public,
/// non-abstract classes implementing IDaxDevice with a public <c>(SimulatedKernel)</c> or
/// <c>(SimulatedKernel, long)</c> constructor. A public implementer the kit cannot construct is an error.
/// </summary>
internal static class CandidateDiscovery
{
    public const string Expected = "a public, non-abstract class implementing PmemSpec.Dax.IDaxDevice with a public constructor (SimulatedKernel) or (SimulatedKernel, long)";

    public static CandidateLoad Find(Compilation compilation, IAssemblySymbol assembly, string displayPath, CandidateImage image)
    {
        var contract = KitSymbols.Of(compilation);
        var found = new List<(INamedTypeSymbol Type, bool TakesCapacity)>();
        var errors = new List<string>();
        var skipped = new List<string>();
        foreach (var type in Types(assembly.GlobalNamespace).Where(contract.IsDevice).OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal))
        {
            if (!IsPublic(type)) skipped.Add($"{type.Name} implements IDaxDevice but is not public");
            else if (type.IsAbstract) skipped.Add($"{type.Name} implements IDaxDevice but is abstract");
            else if (type.IsGenericType) errors.Add($"{type.Name} implements IDaxDevice but is generic; the kit cannot choose its type arguments");
            else if (contract.Constructor(type) is { } takesCapacity) found.Add((type, takesCapacity));
            else errors.Add($"{type.Name} implements IDaxDevice but has no public constructor (SimulatedKernel) or (SimulatedKernel, long); found: {Constructors(type)}");
        }
        if (errors.Count > 0) return CandidateLoad.Fail(errors);
        if (found.Count == 0)
            return CandidateLoad.Fail([$"no plug-in type in {displayPath}: expected {Expected}", .. skipped.Select(s => "  " + s)]);
        var candidates = found.Select(f => CandidateAttributeReader.Read(f.Type, f.TakesCapacity, Name(f.Type, found), contract)).ToList();
        var invalid = candidates.Where(c => c.CapacitySectors < Units.SectorsPerPage).Select(c => $"{c.Name}: CapacitySectors must be at least {Units.SectorsPerPage} (one page)").ToList();
        return invalid.Count > 0 ? CandidateLoad.Fail(invalid) : new CandidateLoad([], candidates, image);
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

    private static string Name(INamedTypeSymbol type, IEnumerable<(INamedTypeSymbol Type, bool)> all) =>
        all.Count(f => f.Type.Name == type.Name) > 1 ? type.ToDisplayString() : type.Name;
}
