using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>EXC-101: pfn_mkwrite throws instead of answering VM_FAULT_*.</summary>
internal sealed class PfnMkwriteThrows(IMm mm, IRawBlockDaxDevice inner) : RawBlockDaxDecorator(mm, inner)
{
    public override VmFaultResult PfnMkwrite(VmFault vmf) => throw new InvalidOperationException($"pfn_mkwrite at pgoff {vmf.Pgoff} is not supported");
}
