using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Model.User;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.User;

/// <summary>
/// How the kit instantiates one raw block-device DAX configuration for user-level sequences: a
/// driver (the candidate, or a reference one) opened for mmap by a raw-bdev layer (the reference
/// one, or a candidate fault handler) under an mm (the reference one, or a mutant), in an era.
/// </summary>
/// <param name="Name">Short name for reports (<c>user-pmem</c>).</param>
/// <param name="CapacitySectors">Disk size in 512-byte sectors.</param>
/// <param name="Description">One line for people.</param>
/// <param name="Driver">Builds the disk on a fresh kernel.</param>
/// <param name="DevmapEntries">The driver's pfns are PFN_DEV|PFN_MAP: raw-DAX entries are devmap and get_user_pages works on them.</param>
public sealed record UserProfile(string Name, long CapacitySectors, string Description, Func<SimulatedKernel, IDaxDevice> Driver, bool DevmapEntries)
{
    /// <summary>The era (raw block-device DAX mmap exists in v4.6 only).</summary>
    public Era Era { get; init; } = Era.V4_6;

    /// <summary>Start sector of the partition that is mapped (page aligned).</summary>
    public long PartitionStart { get; init; }

    /// <summary>Pages of the other disk (a brd) that O_DIRECT reads from and writes to.</summary>
    public long OtherPages { get; init; } = 8;

    /// <summary>Opens the partition for DAX mmap: the reference raw-bdev layer unless a candidate replaces it.</summary>
    public Func<IMm, Partition, Result<IRawBlockDaxDevice>> Open { get; init; } = ReferenceRawBlockDax.Open;

    /// <summary>Builds the memory manager: the reference one unless a mutant replaces it.</summary>
    public Func<SimulatedKernel, IMm> Mm { get; init; } = ReferenceMm.Create;

    /// <summary>The mapped partition's length in pages.</summary>
    public long DevicePages => (CapacitySectors - PartitionStart) / Units.SectorsPerPage;

    /// <summary>What the model knows of this configuration.</summary>
    public UserFacts Facts => new(Name, Era, DevicePages, DevmapEntries, OtherPages);
}
