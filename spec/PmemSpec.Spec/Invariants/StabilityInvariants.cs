using PmemSpec.Kernel;
using PmemSpec.Model;
using PmemSpec.Operations;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants;

/// <summary>STAB: addresses, pfns and bytes agree over time and across the block and DAX paths (seed 002, domain §6.1).</summary>
internal static class StabilityInvariants
{
    public static IEnumerable<Invariant> All() =>
    [
        new("STAB-001", InvariantFamily.STAB, EraRange.All, "The same page gives the same pfn and kernel address until it is discarded or the device removed", "seed 002 (sector vs pfn in the radix tree); domain §6.1", SamePage),
        new("STAB-002", InvariantFamily.STAB, EraRange.All, "A load through the DAX address returns the device's current bytes", "domain §12 item 8; observed-linux-6.1.md (pwrite then mapped load)", Load),
        new("STAB-003", InvariantFamily.STAB, EraRange.All, "A store through the DAX address is what the block path reads", "observed-linux-6.1.md (store through a mapping, then pread)", v => StoreVisible(v)),
        new("STAB-004", InvariantFamily.STAB, EraRange.All, "No access reaches a freed page, and no page is freed twice", "domain §2.3 (brd never frees under DAX), kernel page allocator (bad page state)", v => FromKernel(v, KernelViolation.UseAfterFree, KernelViolation.BadPageState)),
        new("STAB-005", InvariantFamily.STAB, EraRange.All, "No access reaches removed device memory or an address nothing maps", "seed 002 (the device going away under us); domain §1.3 kill_dax", v => FromKernel(v, KernelViolation.RemovedDeviceAccess, KernelViolation.BadAddress)),
        new("STAB-006", InvariantFamily.STAB, EraRange.All, "The kernel address maps the returned pfn, for every returned page", "domain §3.1 (kaddr = virt_addr + offset, pfn = phys + offset)", AddressMapsPfn),
    ];

    private static InvariantFailure? SamePage(StepView v)
    {
        if (v.Op is not DirectAccessOp op || v.Outcome is not { IsOk: true, Dax: { } d }) return null;
        for (var i = 0; i < d.Pages; i++)
        {
            if (v.Model.Mapping(op.Pgoff + i) is not { } before) continue;
            var now = new DaxMapping(d.Kaddr + (i * Units.PageSize), d.Pfn.Add(i));
            if (now.Pfn.Pfn != before.Pfn.Pfn || now.Kaddr != before.Kaddr)
                return Fail($"page {op.Pgoff + i} at {before.Kaddr} {before.Pfn}", $"{now.Kaddr} {now.Pfn}");
        }
        return null;
    }

    private static InvariantFailure? Load(StepView v)
    {
        if (v.Op is not LoadViaDaxOp l || v.Thrown is not null) return null;
        if (v.Outcome is not { IsOk: true, Data: { } data }) return Fail("the load succeeds", v.Outcome.ToString());
        var start = (l.Pgoff * Units.PageSize) + l.Offset;
        for (var done = 0; done < l.Length;)
        {
            var at = start + done;
            var sector = at / Units.SectorSize;
            var inSector = (int)(at % Units.SectorSize);
            var n = Math.Min(l.Length - done, Units.SectorSize - inSector);
            var value = v.Model.Sector(sector);
            if (!value.Possible.Any(p => p.AsSpan(inSector, n).SequenceEqual(data.AsSpan(done, n))))
                return Fail($"sector {sector}: {BlockInvariants.Describe(value.Possible[0][inSector..(inSector + n)])} ({value.Origin})", BlockInvariants.Describe(data[done..(done + n)]));
            done += n;
        }
        return null;
    }

    private static InvariantFailure? StoreVisible(StepView v)
    {
        if (v.Op is StoreViaDaxOp && v.Thrown is null && !v.Outcome.IsOk) return Fail("the store succeeds", v.Outcome.ToString());
        if (v.Op is not ReadOp r || v.Outcome is not { IsOk: true, Data: { } data }) return null;
        for (var i = 0; i < r.Sectors; i++)
        {
            var value = v.Model.Sector(r.Sector + i);
            var actual = data.AsSpan(i * Units.SectorSize, Units.SectorSize);
            if (value.Origin == SectorOrigin.DaxStore && !value.Allows(actual))
                return Fail($"sector {r.Sector + i}: {BlockInvariants.Describe(value.Possible[0])} (stored through DAX)", BlockInvariants.Describe(actual.ToArray()));
        }
        return null;
    }

    private static InvariantFailure? FromKernel(StepView v, params string[] rules) =>
        v.Violation(rules) is { } k ? Fail("no such access", k.ToString()) : null;

    private static InvariantFailure? AddressMapsPfn(StepView v)
    {
        if (v.Outcome is not { IsOk: true, Dax: { Pages: > 0 } d }) return null;
        foreach (var i in new[] { 0L, d.Pages - 1 }.Distinct())
        {
            var at = d.Kaddr + (i * Units.PageSize);
            if (!v.Kernel.Memory.TryTranslate(at, out var pfn, out _) || pfn != d.Pfn.Pfn + (ulong)i)
                return Fail($"{at} maps pfn 0x{d.Pfn.Pfn + (ulong)i:x}", v.Kernel.Memory.TryTranslate(at, out pfn, out _) ? $"it maps pfn 0x{pfn:x}" : "it maps nothing");
        }
        return null;
    }
}
