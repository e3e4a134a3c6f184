using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Isolation;

/// <summary>In the worker: loads the candidate assembly and returns its constructor as a device factory or a raw-bdev opener.</summary>
internal static class CandidateFactory
{
    public static Func<SimulatedKernel, IDaxDevice> Load(WorkerRequest request)
    {
        Type[] shape = request.TakesCapacity ? [typeof(SimulatedKernel), typeof(long)] : [typeof(SimulatedKernel)];
        var constructor = Constructor(request, shape);
        return kernel => (IDaxDevice)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null,
            request.TakesCapacity ? [kernel, request.CapacitySectors] : [kernel], CultureInfo.InvariantCulture);
    }

    /// <summary>A fault handler's <c>(IMm, Partition)</c> constructor as the open of the raw block device.</summary>
    public static Func<IMm, Partition, Result<IRawBlockDaxDevice>> LoadHandler(WorkerRequest request)
    {
        var constructor = Constructor(request, [typeof(IMm), typeof(Partition)]);
        return (mm, bdev) => Result<IRawBlockDaxDevice>.Ok(
            (IRawBlockDaxDevice)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, [mm, bdev], CultureInfo.InvariantCulture));
    }

    private static ConstructorInfo Constructor(WorkerRequest request, Type[] shape)
    {
        var folder = Path.GetDirectoryName(request.Assembly)!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            Path.Combine(folder, name.Name + ".dll") is var path && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(request.Assembly);
        var type = assembly.GetType(request.TypeName, throwOnError: true)!;
        return type.GetConstructor(shape) ?? throw new MissingMethodException(type.FullName, ".ctor");
    }
}
