using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Dcss;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>A machine with an mm, a process <c>proc</c>, and a linear DAX file on a 16-page disk.</summary>
/// <param name="Kernel">The machine.</param>
/// <param name="Mm">Its memory manager.</param>
/// <param name="Process">The process.</param>
/// <param name="Disk">The disk under the file.</param>
/// <param name="File">The file.</param>
internal sealed record FileRig(SimulatedKernel Kernel, IMm Mm, IProcess Process, IDaxDevice Disk, LinearDaxFile File)
{
    public long Mark => Kernel.Trace.Mark;

    public IReadOnlyList<string> ViolationsSince(long mark) => [.. Kernel.Violations.Since(mark).Select(v => v.Rule)];

    public static FileRig Pmem(Era era = Era.V6_1, DaxMappingKind kind = DaxMappingKind.FsDax, bool mixedMap = true, bool withStructPages = true)
    {
        var kernel = new SimulatedKernel(era);
        return On(kernel, ReferenceDrivers.Pmem(kernel, 16 * Units.SectorsPerPage, withStructPages), kind, mixedMap);
    }

    public static FileRig Dcss(Era era = Era.V6_1)
    {
        var kernel = new SimulatedKernel(era);
        return On(kernel, ReferenceDrivers.Dcss(kernel, 16 * Units.SectorsPerPage, DcssSegmentType.SW), DaxMappingKind.FsDax, true);
    }

    public UserAddress Map(long pages = 4, bool shared = true, Protection prot = Protection.ReadWrite, long pgoff = 0) =>
        Process.Mmap(File, pgoff, pages, prot, shared).Value;

    public UserAddress MapAnonymous(long pages = 4, Protection prot = Protection.ReadWrite) => Process.MmapAnonymous(pages, prot).Value;

    public byte[] LoadOk(UserAddress at, int length = 1, IProcess? process = null)
    {
        var bytes = new byte[length];
        var result = (process ?? Process).Load(at, bytes);
        Assert.True(result.IsOk, result.ToString());
        return bytes;
    }

    public void StoreOk(UserAddress at, byte[] data, IProcess? process = null)
    {
        var result = (process ?? Process).Store(at, data);
        Assert.True(result.IsOk, result.ToString());
    }

    /// <summary>The device page's first bytes, read through the kit's physical view.</summary>
    public byte[] DevicePage(long pgoff, int length = 1)
    {
        var pfn = new DaxHandle(Kernel, PmemSpec.Block.Partition.Whole(Disk)).DirectAccess(pgoff, 1).Value.Pfn.Pfn;
        var bytes = new byte[length];
        Kernel.Physical.ReadPhys(pfn, 0, bytes);
        return bytes;
    }

    private static FileRig On(SimulatedKernel kernel, IDaxDevice disk, DaxMappingKind kind, bool mixedMap)
    {
        var mm = ReferenceMm.Create(kernel);
        return new FileRig(kernel, mm, mm.Spawn("proc"), disk, new LinearDaxFile(kernel, disk, kind, mixedMap));
    }
}
