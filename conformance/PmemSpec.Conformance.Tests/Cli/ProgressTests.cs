using PmemSpec.Cli;

namespace PmemSpec.Conformance.Tests.Cli;

public class ProgressTests
{
    [Fact]
    public void Progress_IsSilentForTheFirstSecond_ThenShowsSequencesAndRate()
    {
        using var error = new StringWriter();
        var now = TimeSpan.FromMilliseconds(500);
        var progress = new Progress(error, enabled: true, () => now);
        var observe = progress.For("pmem");

        observe(3, false, 400);
        Assert.Equal("", error.ToString());
        now = TimeSpan.FromSeconds(2);
        observe(9, false, 1000);
        progress.Done();

        Assert.Equal("\rpmem: 10 sequences, 0 counterexample(s), 500 ops/s   " + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Progress_WritesAtMostFourLinesASecond()
    {
        using var error = new StringWriter();
        var now = TimeSpan.FromSeconds(2);
        var observe = new Progress(error, enabled: true, () => now).For("brd");

        observe(0, false, 10);
        now += TimeSpan.FromMilliseconds(100);
        observe(1, false, 20);

        Assert.Single(error.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Progress_WhenDisabled_WritesNothing()
    {
        using var error = new StringWriter();
        var progress = new Progress(error, enabled: false, () => TimeSpan.FromMinutes(1));

        progress.For("brd")(5, true, 100);
        progress.Done();

        Assert.Equal("", error.ToString());
    }
}
