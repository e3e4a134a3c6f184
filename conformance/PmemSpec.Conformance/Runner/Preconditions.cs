using PmemSpec.Dax;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>Whether an operation means something in the model's state; a step that does not is skipped, so shrinking keeps every step meaningful.</summary>
internal static class Preconditions
{
    private const long MaxBioSectors = 4096;

    public static bool Hold(DeviceOp op, DeviceModel model) => op switch
    {
        ReadOp r => r.Sectors is >= 1 and <= MaxBioSectors,
        WriteOp w => w.Sectors is >= 1 and <= MaxBioSectors,
        DiscardOp d => d.Sectors >= 1 && d.Sectors <= model.Facts.PartitionSectors,
        DirectAccessOp a => Math.Abs(a.Pages) <= 1L << 30 && Math.Abs(a.Pgoff) <= 1L << 40,
        StoreViaDaxOp s => Mapped(model, s.Pgoff, s.Offset, s.Length),
        LoadViaDaxOp l => Mapped(model, l.Pgoff, l.Offset, l.Length),
        MediaErrorOp m => model.Facts.Capabilities.HasFlag(ProfileCapabilities.Badblocks) && m.Sectors is >= 1 and <= 64 && model.InRange(m.Sector, m.Sectors),
        RemoveDeviceOp => !model.Facts.Era.IsSectorDax() && !model.Removed,
        _ => true,
    };

    private static bool Mapped(DeviceModel model, long pgoff, int offset, int length) =>
        !model.Removed && model.Mapping(pgoff) is not null && offset >= 0 && length >= 1 && offset + length <= Units.PageSize;
}
