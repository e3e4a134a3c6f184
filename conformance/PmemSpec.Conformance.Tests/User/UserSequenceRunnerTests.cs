using PmemSpec.Conformance.Mutants;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Conformance.Tests.User;

public class UserSequenceRunnerTests
{
    private sealed class ReadThrows(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result Read(long sector, Span<byte> buffer) => throw new InvalidOperationException("read is broken");
    }

    [Fact]
    public void Run_OfADriverWhoseReadThrows_BreaksExc101_RatherThanCrashingTheKit()
    {
        var profile = UserProfiles.Pmem with { Name = "read-throws", Driver = k => new ReadThrows(UserProfiles.Pmem.Driver(k)) };

        var run = UserSequenceRunner.Run(profile, [new MmapOp(0, 1, 0, 1, Shared: true, Writable: true)]);

        Assert.Equal("EXC-101", run.Broken?.Id);
        Assert.Contains("read is broken", run.Failure!.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SkipsSteps_ThatNameAMappingOrPinThatDoesNotExist()
    {
        DeviceOp[] ops = [new LoadOp(0, 7, 0, 0, 1), new UnpinOp(3), new MmapOp(0, 1, 0, 2, Shared: true, Writable: true), new LoadOp(0, 1, 1, 0, 8)];

        var run = UserSequenceRunner.Run(UserProfiles.Pmem, ops);

        Assert.True(run.Passed);
        Assert.Equal(ops[2..], run.Executed);
    }

    [Fact]
    public void Run_ObservedLinux61ForkRow_Conforms_AndTheChildsPrivateStoreStaysItsOwn()
    {
        DeviceOp[] ops =
        [
            new MmapOp(0, 1, 0, 1, Shared: true, Writable: true), new MmapOp(0, 2, 1, 1, Shared: false, Writable: true),
            new StoreOp(0, 2, 0, 0, 1, Seed: 1), new ForkOp(0, 3), new StoreOp(3, 1, 0, 0, 1, Seed: 2), new StoreOp(3, 2, 0, 0, 1, Seed: 3),
            new LoadOp(0, 1, 0, 0, 1), new LoadOp(0, 2, 0, 0, 1), new LoadOp(3, 2, 0, 0, 1), new ReadOp(8, 8),
        ];

        var run = UserSequenceRunner.Run(UserProfiles.Pmem, ops);

        Assert.True(run.Passed, run.Failure?.ToString());
        Assert.Equal([SeededBytes.Make(2, 1)[0], SeededBytes.Make(1, 1)[0], SeededBytes.Make(3, 1)[0]], run.Outcomes.Skip(6).Take(3).Select(o => o.Bytes![0]));
    }

    [Fact]
    public void Run_PinOfAPrivatePage_WhoseCopyOnWriteAFailedODirectMayHaveBroken_IsNotHeldToThePagelessRule()
    {
        var text = """
            MemoryPressure(on=true)
            Mmap(proc=0, map=1, pgoff=0, pages=4, shared=false, writable=true)
            DirectIoRead(proc=0, map=1, page=1, other=0)
            MemoryPressure(on=false)
            PtraceWrite(proc=0, map=1, page=1, offset=0, len=1, seed=991)
            Pin(proc=0, map=1, page=1, pages=1, write=false, pin=6)
            """;

        var run = UserSequenceRunner.Run(UserProfiles.PmemRaw, SequenceText.Parse(text).Ops);

        Assert.True(run.Passed, run.Failure?.ToString());
        Assert.Equal(6, run.Executed.Count);
    }
}
