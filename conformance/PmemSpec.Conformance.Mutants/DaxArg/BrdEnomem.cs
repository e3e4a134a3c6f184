using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>brd that reports a failed page insertion as -ENOMEM (the v6.5 brd errno) instead of -ENOSPC.</summary>
internal sealed class BrdEnomem(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.Error == Errno.ENOSPC ? Errno.ENOMEM : r;
    }
}
