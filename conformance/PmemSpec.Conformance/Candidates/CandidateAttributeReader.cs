using Microsoft.CodeAnalysis;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Candidates;

/// <summary>Reads a plug-in type's <see cref="DaxCandidateAttribute"/> from its symbol (defaults where absent).</summary>
internal static class CandidateAttributeReader
{
    public static CandidateType Read(INamedTypeSymbol type, bool takesCapacity, string name, KitSymbols kit)
    {
        Era? era = null;
        var capacity = DaxCandidateAttribute.DefaultCapacitySectors;
        var capabilities = ProfileCapabilities.None;
        var declared = false;
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, kit.Attribute));
        foreach (var (key, value) in attribute?.NamedArguments ?? [])
        {
            switch (key)
            {
                case nameof(DaxCandidateAttribute.Era):
                    era = (Era)(int)value.Value!;
                    break;
                case nameof(DaxCandidateAttribute.CapacitySectors):
                    (capacity, declared) = ((long)value.Value!, true);
                    break;
                case nameof(DaxCandidateAttribute.Capabilities):
                    capabilities = (ProfileCapabilities)(int)value.Value!;
                    break;
                default:
                    break;
            }
        }
        return new CandidateType(name, ReflectionName(type), takesCapacity, era, capacity, capabilities) { CapacityDeclared = declared };
    }

    private static string ReflectionName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer) return ReflectionName(outer) + "+" + type.MetadataName;
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
    }
}
