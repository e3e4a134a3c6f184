namespace PmemSpec.Block;

/// <summary>
/// The block-device driver contract (a gendisk and its submit_bio): 512-byte sectors addressed on
/// the whole disk. Callers go through <see cref="BlockLayer"/>, which checks ranges and enters the
/// I/O path before calling the driver.
/// </summary>
public interface IBlockDevice
{
    /// <summary>The disk name (<c>ram0</c>, <c>pmem0</c>, <c>dcssblk0</c>); badblocks are keyed by it.</summary>
    string DiskName { get; }

    /// <summary>Capacity in 512-byte sectors.</summary>
    long CapacitySectors { get; }

    /// <summary>True when the disk refuses writes (set_disk_ro).</summary>
    bool ReadOnly { get; }

    /// <summary>Reads whole sectors starting at a whole-disk sector; the buffer is a sector multiple.</summary>
    /// <remarks>Context: process, on the I/O path; may sleep unless the driver says otherwise.</remarks>
    Result Read(long sector, Span<byte> buffer);

    /// <summary>Writes whole sectors starting at a whole-disk sector; the data is a sector multiple.</summary>
    /// <remarks>Context: process, on the I/O path; may sleep; allocations must be GFP_NOIO.</remarks>
    Result Write(long sector, ReadOnlySpan<byte> data);

    /// <summary>REQ_OP_DISCARD of a sector range; -EOPNOTSUPP where the driver has no discard.</summary>
    /// <remarks>Context: process, on the I/O path; may sleep.</remarks>
    Result Discard(long sector, long nrSectors);

    /// <summary>REQ_PREFLUSH: makes completed writes durable.</summary>
    /// <remarks>Context: process, on the I/O path; may sleep.</remarks>
    Result Flush();
}
