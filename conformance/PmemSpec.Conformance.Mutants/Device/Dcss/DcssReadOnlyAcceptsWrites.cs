using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Dcss;

/// <summary>BLK-007: a shared SR segment whose submit_bio forgets the read-only check and writes into the segment.</summary>
internal sealed class DcssReadOnlyAcceptsWrites(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        if (sector % Units.SectorsPerPage != 0 || data.Length % Units.PageSize != 0) return Inner.Write(sector, data);
        return kernel.Memory.Write(LinearMemory.Of(kernel, DiskName).VirtAddr + (sector * Units.SectorSize), data);
    }
}
