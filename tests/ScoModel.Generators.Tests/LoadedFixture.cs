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

    public void Dispose() => _context.Unload();
}
