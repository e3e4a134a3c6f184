using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>brd that claims the next page is contiguous too (the brd.c TODO done wrong): two pages per call.</summary>
internal sealed class BrdTwoPages(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Pages = 2 } : r;
    }
}
