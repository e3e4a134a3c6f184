using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class BadblocksTests
{
    private readonly SimulatedKernel kernel = new();

    [Fact]
    public void For_GivesOneTablePerDisk()
    {
        var first = kernel.Badblocks.For("pmem0");

        Assert.Same(first, kernel.Badblocks.For("pmem0"));
        Assert.NotSame(first, kernel.Badblocks.For("pmem1"));
        Assert.False(first.Any);
    }

    [Fact]
    public void Inject_MarksTheDisksTable_AndRecordsABadblockEvent()
    {
        kernel.Badblocks.Inject("pmem0", 8, 2);

        Assert.Equal([8L, 9L], kernel.Badblocks.For("pmem0").Sectors);
        Assert.False(kernel.Badblocks.For("pmem1").Any);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Badblock));
    }
}
