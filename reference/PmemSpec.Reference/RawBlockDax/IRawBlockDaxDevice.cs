using PmemSpec.Block;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.RawBlockDax;

/// <summary>
/// An opened DAX block device (a bdev inode with S_DAX, v4.5–v4.6, domain §8) that processes can
/// mmap: a fault maps the pfn direct_access returns for that page of the partition.
/// </summary>
public interface IRawBlockDaxDevice : IMappable
{
    /// <summary>The partition (or whole disk) as it is now; a resize changes it.</summary>
    Partition Bdev { get; }

    /// <summary>False once <see cref="Remove"/> started: faults get SIGBUS, new references are refused.</summary>
    bool Alive { get; }

    /// <summary>True when removal finished: every page reference (pins included) was dropped.</summary>
    bool RemovalComplete { get; }

    /// <summary>
    /// A partition grow or shrink. Nothing synchronises it with faults in flight or unmaps entries past
    /// the new end: the raw path promises no protection (domain §8, §12 item 30).
    /// </summary>
    /// <remarks>Context: process; may sleep; -EINVAL unless the new length is positive and inside the disk.</remarks>
    Result Resize(long nrSectors);

    /// <summary>
    /// Device removal (unbind): the device dies (faults get SIGBUS), every user entry of it in every
    /// process is zapped, and its device memory is removed, which refuses new references at once and
    /// completes when the last pin is released. Returns true when removal completed now.
    /// </summary>
    /// <remarks>Context: process; may sleep; calling it again re-checks completion.</remarks>
    bool Remove();
}
