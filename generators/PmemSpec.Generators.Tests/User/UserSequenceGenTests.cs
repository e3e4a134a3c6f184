using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Generators.User;
using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Generators.Tests.User;

public class UserSequenceGenTests
{
    private static readonly UserFacts Pmem = new("user-pmem", Era.V4_6, DevicePages: 16, DevmapEntries: true, OtherPages: 8);

    private static List<OpSequence> Sample(int seed, int count = 200) =>
        [.. UserSequenceGen.For(Pmem, 60).Sample(count, new Rnd((ulong)seed), 60)];

    [Fact]
    public void SameSeed_GivesIdenticalSequences()
    {
        Assert.Equal(Sample(7, 20), Sample(7, 20));
    }

    [Fact]
    public void EveryStep_ParsesBackFromItsTraceText()
    {
        var ops = Sample(3).SelectMany(s => s.Ops).ToList();

        Assert.All(ops, op => Assert.Equal(op, DeviceOpParser.Parse(op.ToString())));
    }

    [Fact]
    public void Sequences_UseEveryUserOperation_AndTheDeviceOnesTheyMixWith()
    {
        var kinds = Sample(5).SelectMany(s => s.Ops).Select(op => op.Name).ToHashSet();

        string[] expected = ["Mmap", "Munmap", "Msync", "Load", "Store", "Fork", "PtraceRead", "PtraceWrite", "DirectIoRead", "DirectIoWrite",
            "Pin", "LongtermPin", "Unpin", "Poison", "Resize", "Read", "Write", "Flush", "MemoryPressure", "RemoveDevice"];
        Assert.All(expected, name => Assert.Contains(name, kinds));
    }

    [Fact]
    public void Steps_NameOnlyProcessesMappingsAndPinsThatExist()
    {
        foreach (var sequence in Sample(11))
        {
            var maps = new HashSet<(int, int)>();
            var procs = new HashSet<int> { 0 };
            var pins = new HashSet<int>();
            foreach (var op in sequence.Ops) Assert.True(Valid(op, procs, maps, pins), $"{op} in\n{sequence}");
        }
    }

    private static bool Valid(DeviceOp op, HashSet<int> procs, HashSet<(int, int)> maps, HashSet<int> pins)
    {
        switch (op)
        {
            case MmapOp m: return procs.Contains(m.Proc) && maps.Add((m.Proc, m.Map));
            case MunmapOp u: return maps.Remove((u.Proc, u.Map));
            case ForkOp f:
                foreach (var (_, map) in maps.Where(k => k.Item1 == f.Proc).ToList()) maps.Add((f.Child, map));
                return procs.Contains(f.Proc) && procs.Add(f.Child);
            case PinOp p: return maps.Contains((p.Proc, p.Map)) && pins.Add(p.Pin);
            case LongtermPinOp p: return maps.Contains((p.Proc, p.Map)) && pins.Add(p.Pin);
            case UnpinOp u: return pins.Remove(u.Pin);
            case LoadOp l: return maps.Contains((l.Proc, l.Map));
            case StoreOp s: return maps.Contains((s.Proc, s.Map));
            default: return true;
        }
    }
}
