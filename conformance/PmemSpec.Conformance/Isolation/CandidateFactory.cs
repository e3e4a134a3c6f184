using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Isolation;

/// <summary>In the worker: loads the candidate assembly and returns its constructor as a device factory.</summary>
internal static class CandidateFactory
{
    public static Func<SimulatedKernel, IDaxDevice> Load(WorkerRequest request)
    {
        var folder = Path.GetDirectoryName(request.Assembly)!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            Path.Combine(folder, name.Name + ".dll") is var path && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(request.Assembly);
        var type = assembly.GetType(request.TypeName, throwOnError: true)!;
        Type[] shape = request.TakesCapacity ? [typeof(SimulatedKernel), typeof(long)] : [typeof(SimulatedKernel)];
        var constructor = type.GetConstructor(shape) ?? throw new MissingMethodException(type.FullName, ".ctor");
        return kernel => (IDaxDevice)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null,
            request.TakesCapacity ? [kernel, request.CapacitySectors] : [kernel], CultureInfo.InvariantCulture);
    }
}
