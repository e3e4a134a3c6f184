using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations.User;

namespace PmemSpec.Generators.User;

/// <summary>
/// The next user-level step, drawn from what the state makes valid: accesses, ptrace, O_DIRECT and
/// pins only on mappings that exist; Unpin only of held pins; a few block reads and writes of the
/// device, memory pressure, poison and resize; RemoveDevice rarely, and only while something is
/// mapped (removal under live mappings and pins is the case worth testing, domain §9); after it,
/// accesses (which must fail) and unpins.
/// </summary>
internal static class UserNextOpGen
{
    private const int MaxMapsPerProcess = 4;
    private const int MaxProcesses = 4;

    public static Gen<DeviceOp> For(UserGenTarget t, UserGenState s) => Weighted.Build([.. Choices(t, s)]);

    private static IEnumerable<(int Weight, Func<Gen<DeviceOp>> Make)> Choices(UserGenTarget t, UserGenState s)
    {
        var mapped = !s.AllMaps.IsEmpty;
        var proc = s.Maps.Keys.Where(p => s.Maps[p].Count < MaxMapsPerProcess).DefaultIfEmpty(-1).First();
        if (proc >= 0 && !s.Removed) yield return (mapped ? 8 : 40, () => UserOpGen.Mmap(t, s, proc));
        if (mapped)
        {
            yield return (24, () => UserOpGen.Load(s));
            yield return (24, () => UserOpGen.Store(s));
            yield return (6, () => UserOpGen.Ptrace(s));
            yield return (6, () => UserOpGen.DirectIo(t, s));
            yield return (t.Devmap ? 6 : 3, () => UserOpGen.Pin(s));
            yield return (3, () => Gen.Elements(s.AllMaps.AsEnumerable()).Select(m => (DeviceOp)new MunmapOp(m.Proc, m.Map)));
            yield return (1, () => Gen.Elements(s.AllMaps.AsEnumerable()).Select(m => (DeviceOp)new MsyncOp(m.Proc, m.Map)));
            if (s.Maps.Count < MaxProcesses) yield return (4, () => Gen.Elements(s.Maps.Keys.AsEnumerable()).Select(p => (DeviceOp)new ForkOp(p, s.Next)));
            if (!s.Removed) yield return (1, () => Op(new RemoveDeviceOp()));
        }
        if (!s.Pins.IsEmpty) yield return (6, () => Gen.Elements(s.Pins.AsEnumerable()).Select(p => (DeviceOp)new UnpinOp(p)));
        yield return (1, () => Op(new MemoryPressureOp(!s.Pressure)));
        if (s.Removed) yield break;
        yield return (6, () => UserOpGen.BlockPage(t, write: true));
        yield return (3, () => UserOpGen.BlockPage(t, write: false));
        yield return (1, () => Op(new FlushOp()));
        yield return (2, () => Gen.Choose(0, (int)t.DevicePages - 1).Select(p => (DeviceOp)new PoisonOp(p)));
        yield return (1, () => UserOpGen.Resize(t));
    }

    private static Gen<DeviceOp> Op(DeviceOp op) => Gen.Constant(op);
}
