using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Dcss;

/// <summary>PAGE-003: dcssblk declares <see cref="DaxTraits.PageBacked"/> though the segment lies outside the memmap.</summary>
internal sealed class DcssClaimsPageBacked(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override DaxTraits Traits => Inner.Traits | DaxTraits.PageBacked;
}
