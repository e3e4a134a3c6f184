using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-103: an off-by-one size check in the fault handler: the device's last page raises SIGBUS.</summary>
internal sealed class FaultSigbusLastPage(IMm mm, IRawBlockDaxDevice inner) : RawBlockDaxDecorator(mm, inner)
{
    public override VmFaultResult Fault(VmFault vmf) => vmf.Pgoff >= SizePages - 1 ? VmFaultResult.Sigbus : Inner.Fault(vmf);
}
