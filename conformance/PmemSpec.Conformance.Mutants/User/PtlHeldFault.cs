using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>SLEEP-101: a fault handler that takes the page-table lock and calls direct_access under it (domain §10: it may sleep).</summary>
internal sealed class PtlHeldFault(IMm mm, IRawBlockDaxDevice inner) : RawBlockDaxDecorator(mm, inner)
{
    public override VmFaultResult Fault(VmFault vmf)
    {
        using var ptl = Mm.Kernel.Context.LockPageTable(vmf.Process);
        return Inner.Fault(vmf);
    }
}
