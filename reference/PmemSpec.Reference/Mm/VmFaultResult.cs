namespace PmemSpec.Reference.Mm;

/// <summary>A fault handler's answer: a pfn to map, or a VM_FAULT_* error.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Pfn">The pfn to map when <see cref="Kind"/> is <see cref="VmFaultKind.Pfn"/>.</param>
public readonly record struct VmFaultResult(VmFaultKind Kind, PfnT Pfn)
{
    /// <summary>VM_FAULT_NOPAGE.</summary>
    public static VmFaultResult NoPage => new(VmFaultKind.NoPage, default);

    /// <summary>VM_FAULT_SIGBUS.</summary>
    public static VmFaultResult Sigbus => new(VmFaultKind.Sigbus, default);

    /// <summary>VM_FAULT_HWPOISON.</summary>
    public static VmFaultResult Hwpoison => new(VmFaultKind.Hwpoison, default);

    /// <summary>VM_FAULT_OOM.</summary>
    public static VmFaultResult Oom => new(VmFaultKind.Oom, default);

    /// <summary>Map a pfn.</summary>
    public static VmFaultResult Mapped(PfnT pfn) => new(VmFaultKind.Pfn, pfn);

    /// <inheritdoc />
    public override string ToString() => Kind == VmFaultKind.Pfn ? Pfn.ToString() : Kind.ToString();
}
