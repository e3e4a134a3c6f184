using PmemSpec.Operations;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants;

/// <summary>DAXARG: the direct_access argument and result contract (domain §1, §12 items 1–7, 11–13).</summary>
internal static class DaxArgInvariants
{
    private const string Bdev = "domain §1.1-§1.2, bdev_direct_access";
    private const string DaxSuper = "domain §1.3, drivers/dax/super.c dax_direct_access";

    public static IEnumerable<Invariant> All() =>
    [
        new("DAXARG-001", InvariantFamily.DAXARG, EraRange.SectorDax, "A request past the end of the partition returns -ERANGE, whatever its alignment", $"{Bdev}; §12 item 1", v => Wrapper(v, "DAXARG-001")),
        new("DAXARG-002", InvariantFamily.DAXARG, EraRange.All, "A page-misaligned (partition start + sector) returns -EINVAL without calling the driver", $"{Bdev}; bdev_dax_pgoff; §12 item 1", v => Wrapper(v, "DAXARG-002")),
        new("DAXARG-003", InvariantFamily.DAXARG, EraRange.All, "A negative size is echoed back (<= 5.x) or is -EINVAL (6.x)", $"{Bdev}; {DaxSuper} step 4; §12 item 2", v => Wrapper(v, "DAXARG-003")),
        new("DAXARG-004", InvariantFamily.DAXARG, EraRange.All, "A device without DAX returns -EOPNOTSUPP before any range check", "domain §1, §12 item 3", v => Wrapper(v, "DAXARG-004")),
        new("DAXARG-005", InvariantFamily.DAXARG, EraRange.All, "A driver that returns 0 available surfaces as -ERANGE", $"{DaxSuper} step 5; §12 item 4", ZeroIsErange),
        new("DAXARG-006", InvariantFamily.DAXARG, new(Era.V4_6, Era.V4_9), "A positive non-page-multiple driver result surfaces as -ENXIO", "domain §1.2 (v4.5 'guarantee page aligned results'); §12 item 5", NonPageMultiple),
        new("DAXARG-007", InvariantFamily.DAXARG, EraRange.All, "A successful result is min(driver available, request): never more than asked", $"{DaxSuper} step 6; §12 item 6", Clamp),
        new("DAXARG-008", InvariantFamily.DAXARG, EraRange.DaxDevice, "After kill_dax every direct_access returns -ENXIO", "domain §1.3 kill_dax/dax_alive; §12 item 7", v => Wrapper(v, "DAXARG-008")),
        new("DAXARG-009", InvariantFamily.DAXARG, EraRange.All, "A successful request for at least one page returns at least one page", "domain §1 (page granularity of results)", AtLeastOnePage),
        new("DAXARG-010", InvariantFamily.DAXARG, EraRange.All, "A driver error is returned unchanged", $"{Bdev} step 9; {DaxSuper} step 6; §12 item 6", ErrorPassesThrough),
        new("DAXARG-011", InvariantFamily.DAXARG, EraRange.All, "A lazy (brd) device returns exactly one page, allocating it, or -ENOSPC when allocation fails", "domain §2.5 brd_direct_access; §12 item 11", LazyOnePage),
        new("DAXARG-012", InvariantFamily.DAXARG, EraRange.All, "A linear device maps pgoff+1 to pfn+1 and returns the pages left (clamped)", "domain §3.1 pmem translation; §12 item 12", Linear),
        new("DAXARG-013", InvariantFamily.DAXARG, new(Era.V4_9, Era.V6_1), "A request touching a bad block fails -EIO (-EHWPOISON in 6.x) or, for recovery writes, returns the good pages before it", "domain §3.2 pmem badblocks; §12 item 13", BadblockInRange),
        new("DAXARG-014", InvariantFamily.DAXARG, new(Era.V4_9, Era.V6_1), "With badblocks elsewhere on the device the result is exactly the request", "domain §3.2 ('limit known good range to the requested range'); §12 item 13", BadblockElsewhere),
        new("DAXARG-015", InvariantFamily.DAXARG, EraRange.All, "An in-range request on a live DAX device with no bad blocks succeeds", "domain §1, §3.1, §4.1 (direct_access of a healthy device)", InRangeSucceeds),
    ];

    private static InvariantFailure? Wrapper(StepView v, string id)
    {
        if (v.Op is not DirectAccessOp op || v.Thrown is not null || WrapperRules.BeforeDriver(op, v.Model) is not { } rule || rule.Id != id) return null;
        if (v.Outcome.Error != rule.Expected) return Fail(Text(rule.Expected), Text(v.Outcome.Error));
        return v.DriverCalls.Count == 0 ? null : Fail("the driver is not called", $"the driver was called {v.DriverCalls.Count} time(s)");
    }

    private static DriverCall? Raw(StepView v) =>
        v.Op is DirectAccessOp op && v.Thrown is null && WrapperRules.BeforeDriver(op, v.Model) is null && v.DriverCalls.Count > 0 ? v.DriverCalls[^1] : null;

    private static InvariantFailure? ZeroIsErange(StepView v) =>
        Raw(v) is { Error: Errno.None, AvailableBytes: 0 } ? (v.Outcome.Error == Errno.ERANGE ? null : Fail("-ERANGE", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? NonPageMultiple(StepView v) =>
        Raw(v) is { Error: Errno.None } c && c.AvailableBytes > 0 && c.AvailableBytes % Units.PageSize != 0
            ? (v.Outcome.Error == Errno.ENXIO ? null : Fail("-ENXIO", Text(v.Outcome.Error))) : null;

    private static InvariantFailure? Clamp(StepView v)
    {
        if (Raw(v) is not { Error: Errno.None } c || !v.Outcome.IsOk || v.Op is not DirectAccessOp op) return null;
        var expected = Math.Min(c.AvailableBytes, op.Pages * Units.PageSize) / Units.PageSize;
        return v.Outcome.Dax!.Value.Pages == expected ? null : Fail($"{expected} pages (min of {c.AvailableBytes / Units.PageSize} available, {op.Pages} requested)", $"{v.Outcome.Dax!.Value.Pages} pages");
    }

    private static InvariantFailure? AtLeastOnePage(StepView v) =>
        v.Op is DirectAccessOp { Pages: >= 1 } && v.Outcome is { IsOk: true, Dax: { } d } ? (d.Pages >= 1 ? null : Fail(">= 1 page", $"{d.Pages} pages")) : null;

    private static InvariantFailure? ErrorPassesThrough(StepView v) =>
        Raw(v) is { Error: not Errno.None } c ? (v.Outcome.Error == c.Error ? null : Fail(Text(c.Error), Text(v.Outcome.Error))) : null;

    private static InvariantFailure? LazyOnePage(StepView v)
    {
        if (!v.Facts.IsLazy || v.Op is not DirectAccessOp op || v.Thrown is not null || WrapperRules.BeforeDriver(op, v.Model) is not null) return null;
        var inRange = WrapperRules.InRange(op, v.Model);
        var pressureFails = v.Model.Pressure && v.Model.Allocation(v.Facts.DiskPage(op.Pgoff * Units.SectorsPerPage)) != Model.PageAllocation.Present;
        if (pressureFails) return v.Outcome.Error == Errno.ENOSPC ? null : Fail("-ENOSPC (allocation fails under memory pressure)", Text(v.Outcome.Error));
        var expected = Math.Min(1, op.Pages);
        if (!inRange && v.Outcome.Error == Errno.ERANGE) return null;
        return v.Outcome.IsOk ? (v.Outcome.Dax!.Value.Pages == expected ? null : Fail($"{expected} page", $"{v.Outcome.Dax!.Value.Pages} pages")) : Fail($"{expected} page", Text(v.Outcome.Error));
    }

    private static InvariantFailure? Linear(StepView v)
    {
        if (!v.Facts.IsLinear || v.Op is not DirectAccessOp op || v.Outcome is not { IsOk: true, Dax: { } d }) return null;
        if (!v.Model.AnyBad)
        {
            var expected = Math.Min(op.Pages, WrapperRules.PagesToDiskEnd(op, v.Facts));
            if (d.Pages != expected) return Fail($"{expected} pages (the pages left, clamped to the request)", $"{d.Pages} pages");
        }
        if (v.Model.AnyMapping() is not { } anchor) return null;
        var delta = op.Pgoff - anchor.Pgoff;
        var pfn = anchor.Mapping.Pfn.Pfn + (ulong)delta;
        return d.Pfn.Pfn == pfn ? null : Fail($"pfn 0x{pfn:x} (pgoff {anchor.Pgoff} had pfn 0x{anchor.Mapping.Pfn.Pfn:x})", d.Pfn.ToString());
    }

    private static InvariantFailure? BadblockInRange(StepView v)
    {
        if (!v.Facts.Capabilities.HasFlag(Dax.ProfileCapabilities.Badblocks) || v.Op is not DirectAccessOp op || v.Thrown is not null
            || WrapperRules.BeforeDriver(op, v.Model) is not null || !WrapperRules.InRange(op, v.Model)) return null;
        var sector = op.Pgoff * Units.SectorsPerPage;
        if (v.Model.FirstBad(sector, op.Pages * Units.SectorsPerPage) is not { } first) return null;
        if (op.Mode == Dax.DaxAccessMode.RecoveryWrite && v.Facts.Era >= Era.V6_1)
        {
            var good = Math.Min(op.Pages, Math.Max(1, Units.BytesToPagesRoundUp((first - sector) * Units.SectorSize)));
            return v.Outcome.IsOk ? (v.Outcome.Dax!.Value.Pages == good ? null : Fail($"{good} good page(s) before sector {first}", $"{v.Outcome.Dax!.Value.Pages} pages")) : Fail($"{good} page(s)", Text(v.Outcome.Error));
        }
        var errno = v.Facts.Era.PmemBadblockErrno();
        return v.Outcome.Error == errno ? null : Fail($"{Text(errno)} (bad sector {first})", v.Outcome.ToString());
    }

    private static InvariantFailure? BadblockElsewhere(StepView v)
    {
        if (!v.Facts.Capabilities.HasFlag(Dax.ProfileCapabilities.Badblocks) || !v.Model.AnyBad || v.Op is not DirectAccessOp op || !WrapperRules.InRange(op, v.Model)) return null;
        if (v.Model.IsBad(op.Pgoff * Units.SectorsPerPage, op.Pages * Units.SectorsPerPage) || v.Outcome is not { IsOk: true, Dax: { } d }) return null;
        return d.Pages == op.Pages ? null : Fail($"exactly {op.Pages} pages (badblocks exist elsewhere)", $"{d.Pages} pages");
    }

    private static InvariantFailure? InRangeSucceeds(StepView v)
    {
        if (v.Op is not DirectAccessOp op || op.Pages < 1 || v.Thrown is not null || WrapperRules.BeforeDriver(op, v.Model) is not null) return null;
        if (!WrapperRules.InRange(op, v.Model) || v.Model.IsBad(op.Pgoff * Units.SectorsPerPage, op.Pages * Units.SectorsPerPage)) return null;
        if (v.Facts.IsLazy && v.Model.Pressure) return null;
        return v.Outcome.IsOk ? null : Fail("success", v.Outcome.ToString());
    }
}
