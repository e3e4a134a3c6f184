using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>PAGE-104: memory_failure that neither marks the frame poisoned nor unmaps it, so the poison is consumed as data.</summary>
internal sealed class MemoryFailureForgets(IMm inner) : MmDecorator(inner)
{
    public override Result MemoryFailure(ulong pfn) => Result.Ok;
}
