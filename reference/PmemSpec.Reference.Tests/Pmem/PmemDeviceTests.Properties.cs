using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Pmem;

/// <summary>Property checks with a fixed seed, so a failure replays.</summary>
public partial class PmemDeviceTests
{
    private const int PropertyPages = 256;

    [Property(Replay = "(914523,1031)", MaxTest = 200)]
    public Property PfnFlags_MatchThePageRegistry_ForAnyInRangePgoff()
    {
        var eras = Gen.Elements(Era.V4_6, Era.V4_9, Era.V4_12, Era.V4_19, Era.V6_1);
        var withPages = Gen.Elements(true, false);
        var pgoffs = Gen.Choose(0, PropertyPages - 1);
        return Prop.ForAll(eras.ToArbitrary(), withPages.ToArbitrary(), pgoffs.ToArbitrary(), (era, pages, pgoff) =>
        {
            var rig = Rigs.Pmem(era, pages, PropertyPages);
            var result = rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).Value;
            return PfnFlagTruth.Mismatch(result.Pfn, rig.Kernel.Pages) is null
                && result.Pfn.HasPage == rig.Kernel.Pages.HasStructPage(result.Pfn.Pfn);
        });
    }
}
