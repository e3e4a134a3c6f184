using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// STAB-005: each read also prefetches the cache line after the bio; at the end of the namespace
/// that lands in the unmapped guard gap. The bytes returned are still right.
/// </summary>
internal sealed class PmemReadPrefetchesPastEnd(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer)
    {
        var read = Inner.Read(sector, buffer);
        var next = LinearMemory.Of(kernel, DiskName).VirtAddr + (sector * Units.SectorSize) + buffer.Length;
        kernel.Memory.Read(next, new byte[Units.CacheLine]);
        return read;
    }
}
