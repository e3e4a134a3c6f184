using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>BLK-009: pmem_do_read copies from the mapping without consulting badblocks (reads of poisoned sectors succeed).</summary>
internal sealed class PmemReadIgnoresBadblocks(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer) =>
        kernel.Memory.Read(LinearMemory.Of(kernel, DiskName).VirtAddr + (sector * Units.SectorSize), buffer);
}
