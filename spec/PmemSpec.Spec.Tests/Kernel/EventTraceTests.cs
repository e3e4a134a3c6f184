using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class EventTraceTests
{
    [Fact]
    public void Record_NumbersEventsInOrder_AndCountsByKind()
    {
        var trace = new EventTrace();

        trace.Record(KernelEventKind.Alloc, "a");
        var second = trace.Record(KernelEventKind.Free, "b");
        trace.Record(KernelEventKind.Alloc, "c");

        Assert.Equal(1, second.Seq);
        Assert.Equal(["a", "b", "c"], trace.Events.Select(e => e.Detail));
        Assert.Equal((2, 1, 0), (trace.Count(KernelEventKind.Alloc), trace.Count(KernelEventKind.Free), trace.Count(KernelEventKind.Sleep)));
    }

    [Fact]
    public void Since_Mark_SeesOnlyLaterEvents()
    {
        var trace = new EventTrace();
        trace.Record(KernelEventKind.Alloc, "before");
        var mark = trace.Mark;

        trace.Record(KernelEventKind.Alloc, "after");

        Assert.Equal("after", Assert.Single(trace.Since(mark)).Detail);
        Assert.Equal(1, trace.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(2, trace.Count(KernelEventKind.Alloc));
    }
}
