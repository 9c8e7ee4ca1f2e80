using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>An output compilation emitted to memory and loaded into a collectible context, unloaded on dispose.</summary>
internal sealed class LoadedFixture : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private LoadedFixture(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    public static LoadedFixture Compile(GeneratorOutput output)
    {
        using var stream = new MemoryStream();
        var result = output.OutputCompilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Success, TestHelpers.Format(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("GeneratedFixture", isCollectible: true);
        return new LoadedFixture(context, context.LoadFromStream(stream));
    }

    public Type Type(string name) => _assembly.GetType(name, throwOnError: true)!;

    /// <summary>The generated <c>All</c> of an entity type, as objects.</summary>
    public object[] All(string type) => ((System.Collections.IEnumerable)Type(type).GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();

    /// <summary>A property of a loaded entry, read by reflection.</summary>
    public static object? Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);

    public void Dispose() => _context.Unload();
}
