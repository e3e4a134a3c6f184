using PmemSpec.Invariants.User;
using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.User;

/// <summary>What the machine shows after a step, for the checks: entries, leftovers of an unmap, the touched pages through the block path, the pins held.</summary>
internal static class UserObserver
{
    /// <remarks>Context: process; reads through the block layer (never once the device is being removed).</remarks>
    public static UserStepView View(UserWorld w, int index, DeviceOp op, UserOutcome outcome, UserModel model, long mark, Exception? thrown)
    {
        var readable = !model.Removed && op is not RemoveDeviceOp && thrown is null;
        return new UserStepView(index, op, outcome, model, w.Kernel, mark, thrown)
        {
            Entries = [.. w.Maps.SelectMany(e => Entries(w, e.Key.Proc, e.Key.Map, e.Value.Start, e.Value.Pages))],
            Leftover = w.Unmapped is { } u ? [.. Entries(w, u.Proc, u.Map, u.Start, u.Pages)] : [],
            DeviceAfter = readable ? UserFootprint.DevicePages(op, model).Distinct().ToDictionary(p => p, w.ReadDevicePage) : new Dictionary<long, byte[]>(),
            OtherAfter = thrown is null ? UserFootprint.OtherPages(op).ToDictionary(p => p, w.ReadOtherPage) : new Dictionary<long, byte[]>(),
            HeldPins = [.. w.Pins.Values.SelectMany(p => p.Pfns)],
            RemovalComplete = w.Raw.RemovalComplete,
            DiskName = w.Disk.DiskName,
        };
    }

    private static IEnumerable<UserEntry> Entries(UserWorld w, int proc, int map, UserAddress start, long pages)
    {
        var process = w.Processes[proc];
        for (var page = 0L; page < pages; page++)
            if (process.Pte(start.AddPages(page)) is { } pte) yield return new UserEntry(proc, map, page, pte.Pfn, pte.Special, pte.Anon);
    }
}
