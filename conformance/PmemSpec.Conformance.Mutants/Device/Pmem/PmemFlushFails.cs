using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>BLK-008: nvdimm_flush reports -EIO (a flush hint write that is checked the wrong way round).</summary>
internal sealed class PmemFlushFails(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Flush() => Errno.EIO;
}
