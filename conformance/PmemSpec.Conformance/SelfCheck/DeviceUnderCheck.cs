using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.SelfCheck;

/// <summary>A device of a profile on its own fresh kernel, opened as a whole-disk partition.</summary>
internal sealed class DeviceUnderCheck
{
    public DeviceUnderCheck(DeviceProfile profile)
    {
        Kernel = profile.NewKernel();
        Device = profile.Create(Kernel);
        Bdev = Partition.Whole(Device);
        Dax = new DaxHandle(Kernel, Bdev);
    }

    public SimulatedKernel Kernel { get; }

    public IDaxDevice Device { get; }

    public Partition Bdev { get; }

    public DaxHandle Dax { get; }

    public long Pages => Device.CapacitySectors / Units.SectorsPerPage;

    /// <summary>A page of bytes that depend on the seed only.</summary>
    public static byte[] Pattern(int seed)
    {
        var bytes = new byte[Units.PageSize];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public Result WritePage(long page, byte[] data) => BlockLayer.Write(Kernel, Bdev, page * Units.SectorsPerPage, data);

    public byte[] ReadPage(long page, out Result result)
    {
        var bytes = new byte[Units.PageSize];
        result = BlockLayer.Read(Kernel, Bdev, page * Units.SectorsPerPage, bytes);
        return bytes;
    }
}
