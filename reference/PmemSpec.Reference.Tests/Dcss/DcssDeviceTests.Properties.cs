using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Dcss;

/// <summary>Property checks with a fixed seed, so a failure replays.</summary>
public partial class DcssDeviceTests
{
    private const int PropertyPages = 256;

    [Property(Replay = "(914523,1031)", MaxTest = 200)]
    public Property PfnFlags_MatchThePageRegistry_ForAnyInRangePgoff()
    {
        var eras = Gen.Elements(Era.V4_9, Era.V4_12, Era.V4_19, Era.V6_1);
        var pgoffs = Gen.Choose(0, PropertyPages - 1);
        return Prop.ForAll(eras.ToArbitrary(), pgoffs.ToArbitrary(), (era, pgoff) =>
        {
            var rig = Rigs.Dcss(era, pages: PropertyPages);
            var pfn = era.IsSectorDax()
                ? BdevDirectAccess.Call(rig.Kernel, rig.Bdev, (long)pgoff * Units.SectorsPerPage, Units.PageSize).Value.Pfn
                : rig.Dax.DirectAccess(pgoff, 1).Value.Pfn;
            return PfnFlagTruth.Mismatch(pfn, rig.Kernel.Pages) is null && !rig.Kernel.Pages.HasStructPage(pfn.Pfn);
        });
    }
}
