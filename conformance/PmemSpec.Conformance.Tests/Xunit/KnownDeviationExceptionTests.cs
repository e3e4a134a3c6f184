using PmemSpec.Conformance.Xunit;

namespace PmemSpec.Conformance.Tests.Xunit;

public class KnownDeviationExceptionTests
{
    [Fact]
    public void Message_ReadsKnownDeviation_IdColonReason()
    {
        var e = new KnownDeviationException("STAB-003", "flushes lazily");

        Assert.Equal("known deviation STAB-003: flushes lazily", e.Message);
    }
}
