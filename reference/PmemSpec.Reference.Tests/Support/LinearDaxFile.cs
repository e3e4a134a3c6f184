using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>
/// A test mapping: a DAX file laid out linearly on a device, page n at device page n, of a chosen
/// DAX kind (fs-dax, device-dax, or not DAX). Its fault handler calls direct_access correctly: in
/// process context, without the page-table lock.
/// </summary>
internal sealed class LinearDaxFile : IMappable
{
    private readonly SimulatedKernel kernel;
    private readonly IDaxDevice device;

    public LinearDaxFile(SimulatedKernel kernel, IDaxDevice device, DaxMappingKind kind, bool mixedMap = true)
    {
        this.kernel = kernel;
        this.device = device;
        DaxKind = kind;
        MixedMap = mixedMap;
    }

    public string Name => $"file-on-{device.DiskName}";

    public DaxMappingKind DaxKind { get; }

    public bool MixedMap { get; }

    public int Faults { get; private set; }

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => Result.Ok;

    public VmFaultResult Fault(VmFault vmf)
    {
        Faults++;
        var access = new DaxHandle(kernel, Partition.Whole(device)).DirectAccess(vmf.Pgoff, 1);
        return access.IsOk ? VmFaultResult.Mapped(access.Value.Pfn) : VmFaultResult.Sigbus;
    }

    public VmFaultResult PfnMkwrite(VmFault vmf) => VmFaultResult.NoPage;
}
