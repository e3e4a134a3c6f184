using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>Property checks with a fixed seed, so a failure replays.</summary>
public partial class BrdDeviceTests
{
    private const int PropertyPages = 64;

    [Property(Replay = "(914523,1031)", MaxTest = 100)]
    public Property PfnFlags_MatchThePageRegistry_ForAnyInRangePgoff()
    {
        var eras = Gen.Elements(Era.V4_12, Era.V4_9);
        var pgoffs = Gen.Choose(0, PropertyPages - 1);
        return Prop.ForAll(eras.ToArbitrary(), pgoffs.ToArbitrary(), (era, pgoff) =>
        {
            var rig = Rigs.Brd(era, PropertyPages);
            var pfn = era.IsSectorDax()
                ? BdevDirectAccess.Call(rig.Kernel, rig.Bdev, (long)pgoff * Units.SectorsPerPage, Units.PageSize).Value.Pfn
                : rig.Dax.DirectAccess(pgoff, 1).Value.Pfn;
            return PfnFlagTruth.Mismatch(pfn, rig.Kernel.Pages) is null && rig.Kernel.Pages.HasStructPage(pfn.Pfn);
        });
    }
}
