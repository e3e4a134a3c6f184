using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class ViolationLogTests
{
    [Fact]
    public void Report_IsAlsoATraceEvent_AndSinceFiltersByTracePosition()
    {
        var kernel = new SimulatedKernel();
        kernel.Violations.Report("rule-a", "first");
        var mark = kernel.Trace.Mark;

        var second = kernel.Violations.Report("rule-b", "second");

        Assert.Equal(2, kernel.Trace.Count(KernelEventKind.Violation));
        Assert.Equal([second], kernel.Violations.Since(mark));
        Assert.Equal("rule-b: second", second.ToString());
    }
}
