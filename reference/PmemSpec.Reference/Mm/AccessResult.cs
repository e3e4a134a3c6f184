namespace PmemSpec.Reference.Mm;

/// <summary>The outcome of a user access: completed, or the signal the process would get. Never an exception.</summary>
/// <param name="Outcome">Completed, SIGBUS, SIGSEGV or out of memory.</param>
/// <param name="Code">The signal's si_code.</param>
/// <param name="Address">The faulting address (si_addr); the access address when it completed.</param>
public readonly record struct AccessResult(AccessOutcome Outcome, SignalCode Code, UserAddress Address)
{
    /// <summary>True when the access completed.</summary>
    public bool IsOk => Outcome == AccessOutcome.Ok;

    /// <summary>A completed access.</summary>
    public static AccessResult Ok(UserAddress at) => new(AccessOutcome.Ok, SignalCode.None, at);

    /// <summary>SIGBUS with a code.</summary>
    public static AccessResult Sigbus(UserAddress at, SignalCode code = SignalCode.BusAdrerr) => new(AccessOutcome.Sigbus, code, at);

    /// <summary>SIGSEGV with a code.</summary>
    public static AccessResult Segv(UserAddress at, SignalCode code) => new(AccessOutcome.Segv, code, at);

    /// <summary>VM_FAULT_OOM.</summary>
    public static AccessResult Oom(UserAddress at) => new(AccessOutcome.Oom, SignalCode.None, at);

    /// <inheritdoc />
    public override string ToString() => IsOk ? "ok" : $"{Outcome}({Code}) at {Address}";
}
