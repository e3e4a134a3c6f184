using PmemSpec.Block;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Conformance.Mutants.User;
using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Tests.User;

public class RawBlockDaxConformanceTestsTests
{
    private sealed class PtlHeldHandler : RawBlockDaxFaultHandlerConformanceTests
    {
        protected override RunOptions Options => new(Seed: 1, Sequences: 100, MaxOps: 40);

        protected override Result<IRawBlockDaxDevice> OpenCore(IMm mm, Partition bdev)
        {
            var raw = ReferenceRawBlockDax.Open(mm, bdev);
            return raw.IsOk ? Result<IRawBlockDaxDevice>.Ok(new PtlHeldFault(mm, raw.Value)) : raw;
        }
    }

    private sealed class PagelessPmem : RawBlockDaxDriverConformanceTests
    {
        protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
            ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors, withStructPages: false);
    }

    private sealed class WrongSize : RawBlockDaxDriverConformanceTests
    {
        protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
            ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors * 2, withStructPages: true);
    }

    private sealed class HalfPageTail : RawBlockDaxDriverConformanceTests
    {
        protected override long CapacitySectors => UserProfiles.DefaultSectors + 4;

        protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
            ReferenceDrivers.Brd(kernel, geometry.CapacitySectors);
    }

    [Fact]
    public void DriverRow_OfADiskThatIsNotWholePages_IsNotApplicable_BecauseBlkdevDaxCapableRefusesIt()
    {
        var e = Assert.Throws<NotApplicableException>(() => new HalfPageTail().RawBlockDax("STAB-101"));

        Assert.Contains("blkdev_dax_capable refuses ram0 (domain §8): its 132 sectors are not a whole number of pages", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FaultHandlerRow_OfAHandlerThatHoldsThePtl_FailsWithSleep101AndItsCounterexample()
    {
        var e = Assert.Throws<ConformanceViolationException>(() => new PtlHeldHandler().RawBlockDax("user-brd", "SLEEP-101"));

        Assert.Equal("SLEEP-101", e.Counterexample.Invariant.Id);
        Assert.Contains("replay input:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DriverRow_Page103_OnAPagelessDriver_IsNotApplicable()
    {
        var e = Assert.Throws<NotApplicableException>(() => new PagelessPmem().RawBlockDax("PAGE-103"));

        Assert.Equal("PAGE-103", e.InvariantId);
    }

    [Fact]
    public void DriverRow_OfAFactoryReturningTheWrongSize_FailsWithExc101()
    {
        var e = Assert.Throws<ConformanceViolationException>(() => new WrongSize().RawBlockDax("EXC-101"));

        Assert.Contains("geometry asked for", e.Counterexample.Actual, StringComparison.Ordinal);
    }
}
