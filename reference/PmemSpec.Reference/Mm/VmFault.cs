namespace PmemSpec.Reference.Mm;

/// <summary>struct vm_fault, reduced: who faulted where, at which offset of the mapped object, and how.</summary>
/// <param name="Process">The faulting process's name (its mm).</param>
/// <param name="Address">The faulting page's address.</param>
/// <param name="Pgoff">The page offset in the mapped object (vma->vm_pgoff plus the page index).</param>
/// <param name="Write">A write fault.</param>
/// <param name="Shared">The VMA is MAP_SHARED.</param>
public sealed record VmFault(string Process, UserAddress Address, long Pgoff, bool Write, bool Shared);
