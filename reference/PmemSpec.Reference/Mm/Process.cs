using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>A process: its VMAs and page table, and the system calls, each in its own helper.</summary>
internal sealed class Process : IProcess
{
    private const ulong FirstMmapVpn = 0x10000;

    private readonly List<Vma> vmas = [];
    private readonly Dictionary<ulong, PageTableEntry> ptes = [];
    private ulong nextVpn = FirstMmapVpn;

    public Process(MemoryManager mm, string name)
    {
        Mm = mm;
        Name = name;
    }

    public string Name { get; }

    public MemoryManager Mm { get; }

    public SimulatedKernel Kernel => Mm.Kernel;

    public IReadOnlyList<VmaInfo> Vmas => [.. vmas.Select(v => v.Info())];

    public IReadOnlyList<Vma> Areas => vmas;

    public bool Exited { get; private set; }

    public Result<UserAddress> Mmap(IMappable mapping, long pgoff, long pages, Protection prot, bool shared)
    {
        if (pages <= 0 || pgoff < 0) return Errno.EINVAL;
        Kernel.Context.MightSleep($"mmap({mapping.Name}) by {Name}");
        var check = mapping.CheckMmap(pgoff, pages, prot, shared);
        return check.IsOk ? AddVma(new Vma(nextVpn, pages, prot, shared, mapping, pgoff)) : check.Error;
    }

    public Result<UserAddress> MmapAnonymous(long pages, Protection prot)
    {
        if (pages <= 0) return Errno.EINVAL;
        Kernel.Context.MightSleep($"mmap(anonymous) by {Name}");
        return AddVma(new Vma(nextVpn, pages, prot, shared: false, mapping: null, pgoff: 0));
    }

    public Result Munmap(UserAddress start, long pages)
    {
        if (!start.IsPageAligned || pages <= 0) return Errno.EINVAL;
        Kernel.Context.MightSleep($"munmap({start}) by {Name}");
        var from = start.Vpn;
        var to = from + (ulong)pages;
        Zap(from, to);
        var kept = vmas.SelectMany(v => new[] { v.Slice(v.StartVpn, from), v.Slice(to, v.EndVpn) }).OfType<Vma>().ToList();
        vmas.Clear();
        vmas.AddRange(kept);
        return Result.Ok;
    }

    public AccessResult Load(UserAddress at, Span<byte> destination) => UserCopy.Load(this, at, destination);

    public AccessResult Store(UserAddress at, ReadOnlySpan<byte> source) => UserCopy.Store(this, at, source);

    public PageTableEntry? Pte(UserAddress at) => PteOf(at.Vpn);

    public IProcess Fork(string childName) => ForkCopy.Fork(this, childName);

    public Result<PinnedPages> GetUserPages(UserAddress start, long pages, GupFlags flags) => Gup.Pin(this, start, pages, flags);

    public Result<int> AccessRemoteVm(IProcess target, UserAddress at, Span<byte> buffer, bool write) =>
        RemoteAccess.Access((Process)target, at, buffer, write);

    public Result<int> DirectIoRead(Partition file, long sector, UserAddress buffer, int length) =>
        DirectIo.Read(this, file, sector, buffer, length);

    public Result<int> DirectIoWrite(Partition file, long sector, UserAddress buffer, int length) =>
        DirectIo.Write(this, file, sector, buffer, length);

    public void Exit()
    {
        if (Exited) return;
        Zap(0, ulong.MaxValue);
        vmas.Clear();
        Exited = true;
        Mm.Forget(this);
    }

    public Vma? FindVma(ulong vpn) => vmas.Find(v => v.Contains(vpn));

    public PageTableEntry? PteOf(ulong vpn) => ptes.TryGetValue(vpn, out var pte) ? pte : null;

    public IEnumerable<KeyValuePair<ulong, PageTableEntry>> Entries(ulong fromVpn, ulong toVpn) =>
        [.. ptes.Where(e => e.Key >= fromVpn && e.Key < toVpn).OrderBy(e => e.Key)];

    /// <summary>set_pte_at: the caller holds this mm's page-table lock (lockdep_assert_held).</summary>
    public void SetPte(ulong vpn, PageTableEntry pte)
    {
        AssertPtl("set_pte_at");
        ptes[vpn] = pte;
        Kernel.Trace.Record(KernelEventKind.PteSet, $"{Name} {UserAddress.OfPage(vpn)} {pte}");
    }

    /// <summary>The hardware sets the dirty bit on a store; no lock is involved.</summary>
    public void MarkDirty(ulong vpn)
    {
        if (ptes.TryGetValue(vpn, out var pte) && !pte.Dirty) ptes[vpn] = pte with { Dirty = true };
    }

    /// <summary>ptep_get_and_clear: the caller holds the page-table lock; returns the old entry.</summary>
    public PageTableEntry? ClearPte(ulong vpn)
    {
        AssertPtl("ptep_get_and_clear");
        if (!ptes.Remove(vpn, out var old)) return null;
        Kernel.Trace.Record(KernelEventKind.PteClear, $"{Name} {UserAddress.OfPage(vpn)} {old}");
        return old;
    }

    /// <summary>zap_pte_range over [fromVpn, toVpn): clears entries under the lock, then drops their page references.</summary>
    /// <remarks>Context: process; takes the page-table lock; never sleeps under it.</remarks>
    public void Zap(ulong fromVpn, ulong toVpn, Func<ulong, PageTableEntry, bool>? which = null)
    {
        var dropped = new List<ulong>();
        using (Kernel.Context.LockPageTable(Name))
        {
            foreach (var (vpn, pte) in Entries(fromVpn, toVpn))
            {
                if (which is not null && !which(vpn, pte)) continue;
                ClearPte(vpn);
                if (pte.HasPage) dropped.Add(pte.Pfn);
            }
        }
        foreach (var pfn in dropped) Mm.Anon.Put(pfn, $"zap_pte_range({Name})");
    }

    public void CopyLayoutFrom(Process parent)
    {
        nextVpn = parent.nextVpn;
        vmas.AddRange(parent.vmas.Select(v => v.Clone()));
    }

    private Result<UserAddress> AddVma(Vma vma)
    {
        vmas.Add(vma);
        vmas.Sort((a, b) => a.StartVpn.CompareTo(b.StartVpn));
        nextVpn = vma.EndVpn + 1;
        return UserAddress.OfPage(vma.StartVpn);
    }

    private void AssertPtl(string what)
    {
        if (!Kernel.Context.HoldsPageTableLock)
            Kernel.Violations.Report(KernelViolation.PageTableUnlocked, $"{what} on {Name} without the page-table lock");
    }
}
