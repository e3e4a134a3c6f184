using PmemSpec.Block;

namespace PmemSpec.Dax;

/// <summary>
/// The DAX device-driver contract: a block device that can also hand out a kernel address and
/// pfn for its pages (<c>dax_operations.direct_access</c>, domain §1.3).
/// </summary>
public interface IDaxDevice : IBlockDevice
{
    /// <summary>What the driver claims about itself; the kit checks each claim.</summary>
    DaxTraits Traits { get; }

    /// <summary>QUEUE_FLAG_DAX set / a dax_device registered. False → callers get -EOPNOTSUPP.</summary>
    bool DaxSupported { get; }

    /// <summary>
    /// <c>-&gt;direct_access(pgoff, nr_pages)</c>: the pages available from the device page
    /// offset (may exceed the request), their address and pfn; or an errno. Returning 0 pages
    /// is legal for the driver and surfaces as -ERANGE. No range or alignment checks are required
    /// of the driver beyond its own size: the wrapper does them.
    /// </summary>
    /// <remarks>Context: process, dax_read_lock held; may sleep unless <see cref="DaxTraits.NeverSleeps"/>.</remarks>
    Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode);
}
