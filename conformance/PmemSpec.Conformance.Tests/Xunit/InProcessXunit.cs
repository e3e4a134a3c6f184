using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>
/// Runs one test class through xunit v2's own framework (discoverer, executor, runners, message
/// bus), in this process, and returns what xunit reported — the same path a runner takes, so the
/// conformance attributes are seen as a user's test run sees them.
/// </summary>
/// <remarks>
/// The classes it runs live in PmemSpec.Conformance.TestAssets, which is not a test project and
/// not in PmemSpec.sln, so <c>dotnet test</c> never runs them on its own: some fail on purpose.
/// </remarks>
internal static class InProcessXunit
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <param name="testClass">The fixture class whose tests to run.</param>
    /// <param name="preEnumerateTheories">Whether discovery splits theories into one test case per row.</param>
    /// <param name="serialize">Whether each test case goes through serialization before it runs,
    /// as it does when a runner hands discovered tests back to be executed.</param>
    public static async Task<XunitRun> RunAsync(Type testClass, bool preEnumerateTheories = true, bool serialize = false)
    {
        var recorder = new RunRecorder();
        var options = new FrameworkOptions(preEnumerateTheories);
        using var framework = new XunitTestFramework(recorder);
        using var discoverer = framework.GetDiscoverer(Reflector.Wrap(testClass.Assembly));
        using var executor = framework.GetExecutor(testClass.Assembly.GetName());

        discoverer.Find(testClass.FullName, includeSourceInformation: false, recorder, options);
        await recorder.DiscoveryComplete.Task.WaitAsync(Timeout).ConfigureAwait(false);

        IReadOnlyList<ITestCase> testCases = serialize
            ? [.. recorder.TestCases.Select(c => executor.Deserialize(discoverer.Serialize(c)))]
            : recorder.TestCases;
        executor.RunTests(testCases, recorder, options);
        await recorder.ExecutionComplete.Task.WaitAsync(Timeout).ConfigureAwait(false);
        return recorder.ToRun();
    }
}
