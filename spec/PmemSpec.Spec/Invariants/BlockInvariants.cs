using PmemSpec.Kernel;
using PmemSpec.Model;
using PmemSpec.Operations;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants;

/// <summary>BLK: block semantics (domain §2.2–§2.3, §3.2, §4.1, §12 items 8, 9, 26, 27).</summary>
internal static class BlockInvariants
{
    public static IEnumerable<Invariant> All() =>
    [
        new("BLK-001", InvariantFamily.BLK, EraRange.All, "A never-written sector reads as zeros", "domain §2.2 copy_from_brd; §12 item 8", v => ReadMismatch(v, SectorOrigin.NeverWritten)),
        new("BLK-002", InvariantFamily.BLK, EraRange.All, "A read returns the bytes last written", "domain §12 item 8 (write then read returns the data)", v => ReadMismatch(v, SectorOrigin.BlockWrite, SectorOrigin.FailedWrite)),
        new("BLK-003", InvariantFamily.BLK, EraRange.All, "A read allocates nothing, even on a lazy device", "domain §2.2 (reads of holes do not allocate); §12 item 8", ReadAllocates),
        new("BLK-004", InvariantFamily.BLK, EraRange.All, "A write to a lazy device allocates exactly the touched pages that had none", "domain §2.2 copy_to_brd_setup; §12 item 8", WriteAllocation),
        new("BLK-005", InvariantFamily.BLK, EraRange.All, "A discarded page reads back as zeros", "domain §2.3 discard_from_brd; §12 item 9", v => ReadMismatch(v, SectorOrigin.Discard)),
        new("BLK-006", InvariantFamily.BLK, EraRange.All, "I/O outside the partition fails with -EIO", "block layer: 'attempt to access beyond end of device' (bio_check_eod)", OutOfRange),
        new("BLK-007", InvariantFamily.BLK, EraRange.All, "A read-only device refuses writes with -EIO and keeps its bytes", "domain §4.1 dcssblk ('Writing to %s failed because it is a read-only device'); §12 item 27", ReadOnlyRefuses),
        new("BLK-008", InvariantFamily.BLK, EraRange.All, "A flush succeeds", "REQ_PREFLUSH on memory-backed devices (brd, pmem nvdimm_flush, dcssblk)", v => v.Op is FlushOp ? (v.Outcome.IsOk ? null : Fail("success", v.Outcome.ToString())) : null),
        new("BLK-009", InvariantFamily.BLK, new(Era.V4_9, Era.V6_1), "A read touching a bad sector fails with -EIO", "domain §3.2, §11.1 pmem-errors.sh; §12 item 26", BadRead),
        new("BLK-010", InvariantFamily.BLK, EraRange.All, "In-range I/O that no rule refuses succeeds", "domain §2.2, §3, §4.1", InRangeSucceeds),
        new("BLK-011", InvariantFamily.BLK, EraRange.All, "A page-granular device refuses bios that are not page aligned or page multiples with -EIO", "domain §4.1 dcssblk_submit_bio", SubPageBio),
        new("BLK-012", InvariantFamily.BLK, EraRange.All, "Under memory pressure a lazy device's write needing a page fails -ENOSPC (-ENOMEM in 6.x)", "domain §2.2 (copy_to_brd_setup failure)", PressureWrite),
        new("BLK-013", InvariantFamily.BLK, new(Era.V4_1, Era.V4_9), "A discard frees no backing page (brd zeroes, never frees, up to v4.11)", "domain §2.3 ('if (0) brd_free_page' and its deadlock comment)", DiscardFrees),
    ];

    private static (long Sector, long Count)? Range(DeviceOp op) => op switch
    {
        ReadOp r => (r.Sector, r.Sectors),
        WriteOp w => (w.Sector, w.Sectors),
        DiscardOp d => (d.Sector, d.Sectors),
        _ => null,
    };

    private static bool PageGranular(StepView v) => v.Facts.Capabilities.HasFlag(Dax.ProfileCapabilities.PageGranularIo);

    private static bool SubPage(long sector, long count) => sector % Units.SectorsPerPage != 0 || count % Units.SectorsPerPage != 0;

    private static InvariantFailure? ReadMismatch(StepView v, params SectorOrigin[] origins)
    {
        if (v.Op is not ReadOp r || v.Outcome is not { IsOk: true, Data: { } data }) return null;
        for (var i = 0; i < r.Sectors; i++)
        {
            var value = v.Model.Sector(r.Sector + i);
            var actual = data.AsSpan(i * Units.SectorSize, Units.SectorSize);
            if (origins.Contains(value.Origin) && !value.Allows(actual))
                return Fail($"sector {r.Sector + i}: {Describe(value.Possible[0])} ({value.Origin})", Describe(actual.ToArray()));
        }
        return null;
    }

    internal static string Describe(byte[] bytes) =>
        bytes.All(b => b == 0) ? "zeros" : $"bytes {Convert.ToHexString(bytes.AsSpan(0, Math.Min(8, bytes.Length))).ToLowerInvariant()}...";

    private static InvariantFailure? ReadAllocates(StepView v) =>
        v.Op is ReadOp ? (v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Alloc) == 0 ? null : Fail("no allocation", $"{v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Alloc)} page(s) allocated")) : null;

    private static InvariantFailure? WriteAllocation(StepView v)
    {
        if (!v.Facts.IsLazy || v.Op is not WriteOp w || !v.Outcome.IsOk || v.Model.PagesToAllocate(w.Sector, w.Sectors) is not { } expected) return null;
        var actual = v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Alloc);
        return actual == expected ? null : Fail($"{expected} page(s) allocated", $"{actual}");
    }

    private static InvariantFailure? OutOfRange(StepView v) =>
        Range(v.Op) is { } r && !v.Model.InRange(r.Sector, r.Count) ? (v.Outcome.Error == Errno.EIO ? null : Fail("-EIO", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? ReadOnlyRefuses(StepView v) =>
        v.Facts.ReadOnly && v.Op is WriteOp w && v.Model.InRange(w.Sector, w.Sectors) ? (v.Outcome.Error == Errno.EIO ? null : Fail("-EIO", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? BadRead(StepView v) =>
        v.Facts.Capabilities.HasFlag(Dax.ProfileCapabilities.Badblocks) && v.Op is ReadOp r && v.Model.InRange(r.Sector, r.Sectors) && v.Model.IsBad(r.Sector, r.Sectors)
            ? (v.Outcome.Error == Errno.EIO ? null : Fail("-EIO", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? SubPageBio(StepView v) =>
        PageGranular(v) && v.Op is ReadOp or WriteOp && Range(v.Op) is { } r && v.Model.InRange(r.Sector, r.Count) && SubPage(r.Sector, r.Count)
            ? (v.Outcome.Error == Errno.EIO ? null : Fail("-EIO", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? PressureWrite(StepView v)
    {
        if (!v.Facts.IsLazy || !v.Model.Pressure || v.Op is not WriteOp w || !v.Model.InRange(w.Sector, w.Sectors)) return null;
        var needs = v.Model.PagesToAllocate(w.Sector, w.Sectors);
        var errno = v.Facts.Era >= Era.V6_1 ? Errno.ENOMEM : Errno.ENOSPC;
        if (needs is null) return v.Outcome.IsOk || v.Outcome.Error == errno ? null : Fail($"success or {Text(errno)}", Text(v.Outcome.Error));
        return needs > 0 ? (v.Outcome.Error == errno ? null : Fail(Text(errno), Text(v.Outcome.Error))) : null;
    }

    private static InvariantFailure? DiscardFrees(StepView v) =>
        v.Op is DiscardOp && v.Outcome.IsOk ? (v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Free) == 0 ? null : Fail("no page freed", $"{v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Free)} page(s) freed")) : null;

    private static InvariantFailure? InRangeSucceeds(StepView v)
    {
        if (v.Thrown is not null || Range(v.Op) is not { } r || !v.Model.InRange(r.Sector, r.Count)) return null;
        if (PageGranular(v) && SubPage(r.Sector, r.Count) && v.Op is not DiscardOp) return null;
        return v.Op switch
        {
            ReadOp when !v.Model.IsBad(r.Sector, r.Count) => v.Outcome.IsOk ? null : Fail("success", v.Outcome.ToString()),
            WriteOp when !v.Facts.ReadOnly && !(v.Facts.IsLazy && v.Model.Pressure) => v.Outcome.IsOk ? null : Fail("success", v.Outcome.ToString()),
            DiscardOp => v.Outcome.Error is Errno.None or Errno.EOPNOTSUPP || (v.Outcome.Error == Errno.EIO && SubPage(r.Sector, r.Count)) ? null : Fail("success, -EOPNOTSUPP, or -EIO for an unaligned range", v.Outcome.ToString()),
            _ => null,
        };
    }
}
