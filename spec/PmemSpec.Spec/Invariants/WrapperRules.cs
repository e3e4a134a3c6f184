using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Invariants;

/// <summary>
/// The outcome the block-layer / dax wrapper must produce before the driver is consulted, in the
/// era's order (domain §1.1–§1.3), and the invariant that names each step.
/// </summary>
internal static class WrapperRules
{
    /// <summary>The rule that decides the request before the driver, and its errno; null when the driver must be asked.</summary>
    public static (string Id, Errno Expected)? BeforeDriver(DirectAccessOp op, DeviceModel model)
    {
        var f = model.Facts;
        return f.Era.IsSectorDax() ? SectorEra(op, f) : DaxDeviceEra(op, model);
    }

    private static (string, Errno)? SectorEra(DirectAccessOp op, DeviceFacts f)
    {
        var sector = op.Pgoff * Units.SectorsPerPage;
        var size = op.Pages * Units.PageSize;
        if (size < 0) return ("DAXARG-003", ErrnoText.Echo(size));
        if (!f.DaxSupported) return ("DAXARG-004", Errno.EOPNOTSUPP);
        if (sector < 0 || sector + (size / Units.SectorSize) > f.PartitionSectors) return ("DAXARG-001", Errno.ERANGE);
        if ((f.PartitionStart + sector) % Units.SectorsPerPage != 0) return ("DAXARG-002", Errno.EINVAL);
        return null;
    }

    private static (string, Errno)? DaxDeviceEra(DirectAccessOp op, DeviceModel model)
    {
        var f = model.Facts;
        if (f.DaxSupported && f.PartitionStart % Units.SectorsPerPage != 0) return ("DAXARG-002", Errno.EINVAL);
        if (!f.DaxSupported) return ("DAXARG-004", Errno.EOPNOTSUPP);
        if (model.Removed) return ("DAXARG-008", Errno.ENXIO);
        if (op.Pages < 0) return ("DAXARG-003", f.Era.NegativeCountIsEinval() ? Errno.EINVAL : ErrnoText.Echo(op.Pages));
        return null;
    }

    /// <summary>True when the request lies inside the partition (pages ≥ 0).</summary>
    public static bool InRange(DirectAccessOp op, DeviceModel model) =>
        op.Pgoff >= 0 && op.Pages >= 0 && op.Pgoff < model.Facts.PartitionPages && op.Pgoff + op.Pages <= model.Facts.PartitionPages;

    /// <summary>Pages from pgoff to the end of the disk.</summary>
    public static long PagesToDiskEnd(DirectAccessOp op, DeviceFacts f) =>
        (f.CapacitySectors / Units.SectorsPerPage) - (f.PartitionStart / Units.SectorsPerPage) - op.Pgoff;
}
