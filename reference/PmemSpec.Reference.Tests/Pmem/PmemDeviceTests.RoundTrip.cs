using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Pmem;

/// <summary>The block path and the DAX mapping are the same bytes (domain §3.1).</summary>
public partial class PmemDeviceTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BlockWrite_IsSeenByDaxRead(bool withStructPages)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);
        var data = BytePattern.Make(2 * Units.PageSize, seed: 21);
        Assert.True(rig.BlockWrite(4 * Units.SectorsPerPage, data).IsOk);

        var dax = rig.Dax.DirectAccess(4, 2);
        var (read, bytes) = rig.KernelRead(dax.Value.Kaddr, data.Length);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DaxWrite_IsSeenByBlockRead(bool withStructPages)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);
        var data = BytePattern.Make(3 * Units.PageSize, seed: 22);
        var dax = rig.Dax.DirectAccess(7, 3);
        Assert.True(rig.Kernel.Memory.Write(dax.Value.Kaddr, data).IsOk);

        var (read, bytes) = rig.BlockRead(7 * Units.SectorsPerPage, data.Length);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }
}
