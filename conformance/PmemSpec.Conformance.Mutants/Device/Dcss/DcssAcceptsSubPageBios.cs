using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Dcss;

/// <summary>BLK-011: dcssblk_submit_bio without the page-alignment check: sub-page bios are copied like any other.</summary>
internal sealed class DcssAcceptsSubPageBios(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer) => kernel.Memory.Read(Address(sector), buffer);

    public override Result Write(long sector, ReadOnlySpan<byte> data) => ReadOnly ? Errno.EIO : kernel.Memory.Write(Address(sector), data);

    private KernelAddress Address(long sector) => LinearMemory.Of(kernel, DiskName).VirtAddr + (sector * Units.SectorSize);
}
