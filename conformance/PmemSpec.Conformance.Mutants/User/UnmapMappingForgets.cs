using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-104: unmap_mapping_range that zaps nothing, so removal leaves user entries to the removed device memory.</summary>
internal sealed class UnmapMappingForgets(IMm inner) : MmDecorator(inner)
{
    public override void UnmapMapping(IMappable mapping)
    {
    }
}
