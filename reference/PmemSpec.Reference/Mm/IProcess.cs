using PmemSpec.Block;

namespace PmemSpec.Reference.Mm;

/// <summary>A user process: an address space of VMAs over a page table, and the system calls that use it.</summary>
public interface IProcess
{
    /// <summary>The process's name (also its mm in traces).</summary>
    string Name { get; }

    /// <summary>The VMAs, in address order.</summary>
    IReadOnlyList<VmaInfo> Vmas { get; }

    /// <summary>True after <see cref="Exit"/>.</summary>
    bool Exited { get; }

    /// <summary>mmap of <paramref name="pages"/> pages of an object from page <paramref name="pgoff"/>.</summary>
    /// <remarks>Context: process; may sleep; allocates a VMA, no pages (entries appear on fault).</remarks>
    Result<UserAddress> Mmap(IMappable mapping, long pgoff, long pages, Protection prot, bool shared);

    /// <summary>mmap(MAP_PRIVATE | MAP_ANONYMOUS).</summary>
    /// <remarks>Context: process; may sleep; pages are allocated zeroed on first touch.</remarks>
    Result<UserAddress> MmapAnonymous(long pages, Protection prot);

    /// <summary>munmap: zaps the entries (dropping their page references) and removes the range from the VMAs.</summary>
    /// <remarks>Context: process; takes the page-table lock; may free anonymous pages.</remarks>
    Result Munmap(UserAddress start, long pages);

    /// <summary>A user load: faults in what is missing, then reads through the entries.</summary>
    /// <remarks>Context: the process itself; may fault (and so sleep).</remarks>
    AccessResult Load(UserAddress at, Span<byte> destination);

    /// <summary>A user store: faults for write (copy-on-write, pfn_mkwrite), then writes through the entries.</summary>
    /// <remarks>Context: the process itself; may fault (and so sleep).</remarks>
    AccessResult Store(UserAddress at, ReadOnlySpan<byte> source);

    /// <summary>The present entry for an address, or null.</summary>
    /// <remarks>Context: any; never sleeps; a lockless peek for the kit, not a kernel path.</remarks>
    PageTableEntry? Pte(UserAddress at);

    /// <summary>fork: a child with copies of every VMA and the entries copy_page_range copies.</summary>
    /// <remarks>Context: process; may sleep; takes both page-table locks per entry.</remarks>
    IProcess Fork(string childName);

    /// <summary>get_user_pages: a reference and a pin per page, faulting in as needed; all or nothing.</summary>
    /// <remarks>Context: process; may sleep (faults); takes the page-table lock per page.</remarks>
    Result<PinnedPages> GetUserPages(UserAddress start, long pages, GupFlags flags);

    /// <summary>
    /// access_remote_vm from this process (a tracer, ptrace) into <paramref name="target"/>: reads into or
    /// writes from <paramref name="buffer"/>; bytes copied, or -EIO when not one byte could be.
    /// </summary>
    /// <remarks>Context: process; may sleep; pins each target page for the copy.</remarks>
    Result<int> AccessRemoteVm(IProcess target, UserAddress at, Span<byte> buffer, bool write);

    /// <summary>O_DIRECT pread from a block device into a user buffer: pin, device read, copy, unpin.</summary>
    /// <remarks>Context: process; may sleep; the buffer pages stay pinned exactly for the I/O.</remarks>
    Result<int> DirectIoRead(Partition file, long sector, UserAddress buffer, int length);

    /// <summary>O_DIRECT pwrite to a block device from a user buffer: pin, copy, device write, unpin.</summary>
    /// <remarks>Context: process; may sleep; the buffer pages stay pinned exactly for the I/O.</remarks>
    Result<int> DirectIoWrite(Partition file, long sector, UserAddress buffer, int length);

    /// <summary>exit: unmaps everything.</summary>
    /// <remarks>Context: process; may sleep.</remarks>
    void Exit();
}
