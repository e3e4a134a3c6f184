namespace PmemSpec.Operations;

/// <summary>Argument simplifications shared by operations: smaller ranges, closer to zero.</summary>
internal static class OpShrink
{
    /// <summary>A sector range: one page or one sector long, then the start moved toward zero (page-aligned).</summary>
    public static IEnumerable<DeviceOp> Range(long sector, long sectors, Func<long, long, DeviceOp> make)
    {
        if (sectors > Units.SectorsPerPage) yield return make(sector, Units.SectorsPerPage);
        if (sectors > 1 && sectors < Units.SectorsPerPage) yield return make(sector, 1);
        if (sector >= Units.SectorsPerPage) yield return make(sector % Units.SectorsPerPage, sectors);
        if (sector >= 2 * Units.SectorsPerPage) yield return make(sector / 2 / Units.SectorsPerPage * Units.SectorsPerPage, sectors);
    }

    /// <summary>A byte range inside a page: one byte long, then at offset 0.</summary>
    public static IEnumerable<DeviceOp> InPage(int offset, int length, Func<int, int, DeviceOp> make)
    {
        if (length > 1) yield return make(offset, 1);
        if (offset > 0) yield return make(0, length);
    }
}
