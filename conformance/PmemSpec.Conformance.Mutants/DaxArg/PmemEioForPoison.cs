using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>pmem that still answers a bad block with the v4.9–v5.x -EIO in a 6.x kernel, where DAX_ACCESS must get -EHWPOISON.</summary>
internal sealed class PmemEioForPoison(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.Error == Errno.EHWPOISON ? Errno.EIO : r;
    }
}
