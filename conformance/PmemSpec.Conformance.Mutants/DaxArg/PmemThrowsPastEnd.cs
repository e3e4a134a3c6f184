using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>pmem that indexes its page table without a bound check: a pgoff past the end throws instead of returning 0 pages.</summary>
internal sealed class PmemThrowsPastEnd(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
        pgoff >= CapacitySectors / Units.SectorsPerPage
            ? throw new ArgumentOutOfRangeException(nameof(pgoff), pgoff, "pmem page table index out of range")
            : Inner.DirectAccess(pgoff, nrPages, mode);
}
