namespace Candidates.Bad;

/// <summary>Compiles, but nothing here implements IDaxDevice.</summary>
public sealed class NotADriver
{
    public int Answer => 42;
}
