namespace PmemSpec.Reference.Mm;

/// <summary>
/// An object a VMA can map (a file or device and its <c>vm_operations_struct</c>): the mm calls its
/// fault handler in process context and installs what it answers.
/// </summary>
public interface IMappable
{
    /// <summary>The object's name (<c>/dev/pmem0</c>).</summary>
    string Name { get; }

    /// <summary>What kind of DAX object it is (vma_is_dax / vma_is_fsdax).</summary>
    DaxMappingKind DaxKind { get; }

    /// <summary>VM_MIXEDMAP: fork copies the VMA's entries even when it has no anon_vma (domain §7.1).</summary>
    bool MixedMap { get; }

    /// <summary>The file's <c>-&gt;mmap</c>: refuse a mapping before any VMA exists.</summary>
    /// <remarks>Context: process, mmap_sem held for write; may sleep.</remarks>
    Result CheckMmap(long pgoff, long pages, Protection prot, bool shared);

    /// <summary><c>vm_ops-&gt;fault</c>: the pfn that backs <see cref="VmFault.Pgoff"/>, or an error.</summary>
    /// <remarks>Context: process, mmap_sem held for read, the page-table lock NOT held; may sleep (direct_access may).</remarks>
    VmFaultResult Fault(VmFault vmf);

    /// <summary><c>vm_ops-&gt;pfn_mkwrite</c>: a write to a present read-only entry of a shared mapping.</summary>
    /// <remarks>Context: process, mmap_sem held for read, the page-table lock NOT held; may sleep.</remarks>
    VmFaultResult PfnMkwrite(VmFault vmf);
}
