namespace PmemSpec.Reference.Tests.Support;

/// <summary>One store after fork: by the child or the parent, into the shared or the private mapping.</summary>
internal sealed record ForkStore(bool ByChild, bool Shared, int Offset, byte Value);
