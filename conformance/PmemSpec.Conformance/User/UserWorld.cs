using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Operations;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.User;

/// <summary>
/// The machine a user sequence runs on: a kernel, the disk and its opened raw DAX device, the mm,
/// the processes, mappings and pins by label, a tracer process and the other disk for O_DIRECT.
/// </summary>
internal sealed class UserWorld
{
    private const string OtherDisk = "ram9";

    /// <summary>Builds the machine; the candidate's driver and raw layer run here. Throws when the profile cannot be opened.</summary>
    public UserWorld(UserProfile profile)
    {
        Kernel = new SimulatedKernel(profile.Era);
        Disk = profile.Driver(Kernel);
        Bdev = new Partition(Disk, profile.PartitionStart, profile.CapacitySectors - profile.PartitionStart);
        Mm = profile.Mm(Kernel);
        var raw = profile.Open(Mm, Bdev);
        if (!raw.IsOk) throw new InvalidOperationException($"{profile.Name}: the raw block device cannot be opened for DAX mmap: {raw}");
        Raw = raw.Value;
        Other = Partition.Whole(ReferenceDrivers.Brd(Kernel, profile.OtherPages * Units.SectorsPerPage, OtherDisk));
        Tracer = Mm.Spawn("gdb");
        Processes[0] = Mm.Spawn("p0");
    }

    public SimulatedKernel Kernel { get; }

    public IDaxDevice Disk { get; }

    /// <summary>The partition as opened (a resize of the raw device does not change this one).</summary>
    public Partition Bdev { get; }

    public IMm Mm { get; }

    public IRawBlockDaxDevice Raw { get; }

    public Partition Other { get; }

    public IProcess Tracer { get; }

    public Dictionary<int, IProcess> Processes { get; } = [];

    public Dictionary<(int Proc, int Map), (UserAddress Start, long Pages)> Maps { get; } = [];

    public Dictionary<int, PinnedPages> Pins { get; } = [];

    /// <summary>The range the last Munmap unmapped, for the leftover check.</summary>
    public (int Proc, int Map, UserAddress Start, long Pages)? Unmapped { get; set; }

    /// <summary>The user address of a page of a mapping.</summary>
    public UserAddress At(int proc, int map, long page, int offset = 0) => Maps[(proc, map)].Start.AddPages(page).Add(offset);

    /// <summary>One page of the disk through the block path (what pread of /dev/X returns).</summary>
    public byte[] ReadDevicePage(long pgoff) => ReadPage(Bdev, pgoff);

    /// <summary>One page of the other disk.</summary>
    public byte[] ReadOtherPage(long page) => ReadPage(Other, page);

    private byte[] ReadPage(Partition bdev, long page)
    {
        var bytes = new byte[Units.PageSize];
        var read = BlockLayer.Read(Kernel, bdev, page * Units.SectorsPerPage, bytes);
        return read.IsOk ? bytes : throw new InvalidOperationException($"harness read of {bdev} page {page} failed: {read}");
    }

    /// <summary>Gives the other disk recognisable bytes, so O_DIRECT reads from it change what they land in.</summary>
    public void SeedOther(Action<long, byte[]> learn)
    {
        for (var page = 0L; page * Units.SectorsPerPage < Other.NrSectors; page++)
        {
            var bytes = SeededBytes.Make(10_000 + (int)page, Units.PageSize);
            BlockLayer.Write(Kernel, Other, page * Units.SectorsPerPage, bytes);
            learn(page, bytes);
        }
    }
}
