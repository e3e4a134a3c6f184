using PmemSpec.Dax;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-107: a fault handler that does not check that the device is being removed and maps direct_access's pfn anyway.</summary>
internal sealed class FaultIgnoresRemoval(IMm mm, IRawBlockDaxDevice inner) : RawBlockDaxDecorator(mm, inner)
{
    public override VmFaultResult Fault(VmFault vmf)
    {
        if (Alive || vmf.Pgoff >= SizePages) return Inner.Fault(vmf);
        var access = new DaxHandle(Mm.Kernel, Bdev).DirectAccess(vmf.Pgoff, 1);
        return access.IsOk ? VmFaultResult.Mapped(access.Value.Pfn) : VmFaultResult.Sigbus;
    }

    public override VmFaultResult PfnMkwrite(VmFault vmf) => VmFaultResult.NoPage;
}
