using PmemSpec.Block;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>A process that forwards to the reference one; mutants override one system call. Its fork children are wrapped alike.</summary>
internal class ProcessDecorator(IProcess inner, Func<IProcess, IProcess> wrap) : IProcess
{
    public IProcess Inner => inner;

    /// <summary>The reference process behind it (for mutants that reach into the mm's internals).</summary>
    internal Reference.Mm.Process Real => (Reference.Mm.Process)inner;

    public string Name => inner.Name;

    public IReadOnlyList<VmaInfo> Vmas => inner.Vmas;

    public bool Exited => inner.Exited;

    public Result<UserAddress> Mmap(IMappable mapping, long pgoff, long pages, Protection prot, bool shared) => inner.Mmap(mapping, pgoff, pages, prot, shared);

    public Result<UserAddress> MmapAnonymous(long pages, Protection prot) => inner.MmapAnonymous(pages, prot);

    public virtual Result Munmap(UserAddress start, long pages) => inner.Munmap(start, pages);

    public virtual AccessResult Load(UserAddress at, Span<byte> destination) => inner.Load(at, destination);

    public virtual AccessResult Store(UserAddress at, ReadOnlySpan<byte> source) => inner.Store(at, source);

    public PageTableEntry? Pte(UserAddress at) => inner.Pte(at);

    public virtual IProcess Fork(string childName) => wrap(inner.Fork(childName));

    public virtual Result<PinnedPages> GetUserPages(UserAddress start, long pages, GupFlags flags) => inner.GetUserPages(start, pages, flags);

    public Result<int> AccessRemoteVm(IProcess target, UserAddress at, Span<byte> buffer, bool write) =>
        inner.AccessRemoteVm(target is ProcessDecorator d ? d.Inner : target, at, buffer, write);

    public virtual Result<int> DirectIoRead(Partition file, long sector, UserAddress buffer, int length) => inner.DirectIoRead(file, sector, buffer, length);

    public virtual Result<int> DirectIoWrite(Partition file, long sector, UserAddress buffer, int length) => inner.DirectIoWrite(file, sector, buffer, length);

    public void Exit() => inner.Exit();
}
