using PmemSpec.Dax;

namespace PmemSpec.Conformance.Isolation;

/// <summary>How far a worker got and how it ended: with a <see cref="Result"/>, or with a process fault (<see cref="FaultKind"/>).</summary>
internal sealed class WorkerOutcome(bool replay)
{
    /// <summary>True when the worker replayed one given sequence rather than running the check.</summary>
    public bool Replay { get; } = replay;

    /// <summary>The sequence running when the worker stopped: -1 while loading and building the device.</summary>
    public int Index { get; private set; } = -1;

    public bool Shrinking { get; private set; }

    public long Operations { get; private set; }

    /// <summary>From <c>ready</c>: the device's traits, or null when the worker never got that far.</summary>
    public DaxTraits? Traits { get; private set; }

    public long CapacitySectors { get; private set; }

    /// <summary>From <c>ready</c> of a user-level run: whether the driver's entries are devmap.</summary>
    public bool DevmapEntries { get; private set; }

    public WorkerMessage? Result { get; private set; }

    /// <summary>The code an <c>exit</c> message reported, or null.</summary>
    public int? ExitCode { get; private set; }

    public bool Done { get; private set; }

    public string? FaultKind { get; private set; }

    public string FaultDetail { get; private set; } = "";

    /// <summary>The failure kind either way: the process fault, or the result's (null when the run conformed).</summary>
    public string? Kind => FaultKind ?? Result?.Kind;

    public void Apply(WorkerMessage message)
    {
        switch (message.Type)
        {
            case "ready":
                (Traits, CapacitySectors, DevmapEntries) = (message.Traits, message.CapacitySectors ?? 0, message.DevmapEntries ?? false);
                break;
            case "start":
                (Index, Shrinking, Operations) = (message.Index ?? Index, message.Shrinking ?? false, message.Operations ?? Operations);
                break;
            case "result":
                Result = message;
                break;
            case "exit":
                ExitCode = message.Code;
                break;
            case "done":
                Done = true;
                break;
            default:
                break;
        }
    }

    public WorkerOutcome Fault(string kind, string detail)
    {
        (FaultKind, FaultDetail) = (kind, detail);
        return this;
    }
}
