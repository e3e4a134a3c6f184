using PmemSpec.Conformance.Isolation;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Tests.Isolation;

public class WorkerProtocolTests
{
    [Fact]
    public void Line_ParsesBack_ToTheSameMessage()
    {
        var message = new WorkerMessage("ready") { Traits = DaxTraits.NeverSleeps | DaxTraits.PageBacked, CapacitySectors = 2048 };

        var line = WorkerProtocol.Line(message);

        Assert.DoesNotContain('\n', line);
        Assert.Equal(message, WorkerProtocol.Parse(line));
    }

    [Theory]
    [InlineData("hello from the candidate")]
    [InlineData("{not json")]
    public void Parse_IgnoresLinesThatAreNotMessages(string line)
    {
        Assert.Null(WorkerProtocol.Parse(line));
    }
}
