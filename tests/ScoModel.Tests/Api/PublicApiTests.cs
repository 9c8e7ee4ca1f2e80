using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ScoModel.Tests.Api;

/// <summary>
/// The public API of the ScoModel assembly is tracked in src/ScoModel/PublicAPI.txt, so that a change
/// to it is deliberate. The per-entry accessors (State.India, ...) are data, not API, and are left out.
/// On a mismatch the test writes PublicAPI.received.txt and fails; SCO_ACCEPT_SNAPSHOTS=1 accepts.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_matches_the_tracked_list()
    {
        var actual = Describe(typeof(Sco).Assembly);
        var tracked = Repository.File("src", "ScoModel", "PublicAPI.txt");
        var received = Path.ChangeExtension(tracked, ".received.txt");
        if (Environment.GetEnvironmentVariable("SCO_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(tracked, actual);
        }

        var expected = File.Exists(tracked) ? File.ReadAllText(tracked).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var expectedLines = expected.Split('\n').ToHashSet();
        var actualLines = actual.Split('\n').ToHashSet();
        var diff = new StringBuilder();
        foreach (var line in expectedLines.Except(actualLines))
        {
            diff.Append("- ").AppendLine(line);
        }

        foreach (var line in actualLines.Except(expectedLines))
        {
            diff.Append("+ ").AppendLine(line);
        }

        Assert.Fail($"The public API changed (see {received}); if that is deliberate, run with SCO_ACCEPT_SNAPSHOTS=1:\n{diff}");
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}");
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(Declared))
            {
                if (IsEntryAccessor(type, member) || member.GetCustomAttribute<CompilerGeneratedAttribute>() is not null || IsAccessorMethod(member))
                {
                    continue;
                }

                lines.Add($"  {type.FullName}.{Signature(member)}");
            }
        }

        return string.Join("\n", lines.Distinct().Order(StringComparer.Ordinal)) + "\n";
    }

    /// <summary>A generated per-entry accessor: a static readonly field of an entity type that holds that type.</summary>
    private static bool IsEntryAccessor(Type type, MemberInfo member) =>
        member is FieldInfo { IsStatic: true, IsInitOnly: true } field && field.FieldType == type && type.GetProperty("All", BindingFlags.Public | BindingFlags.Static) is not null;

    private static bool IsAccessorMethod(MemberInfo member) => member is MethodInfo { IsSpecialName: true };

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Signature(MemberInfo member) => member switch
    {
        PropertyInfo p => $"{p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (IsInitOnly(p) ? "init; " : "set; ") : string.Empty)}}} : {TypeName(p.PropertyType)}{(p.GetMethod?.IsStatic == true ? " (static)" : string.Empty)}",
        MethodInfo m => $"{m.Name}({string.Join(", ", m.GetParameters().Select(x => TypeName(x.ParameterType)))}) : {TypeName(m.ReturnType)}{(m.IsStatic ? " (static)" : string.Empty)}",
        ConstructorInfo c => $".ctor({string.Join(", ", c.GetParameters().Select(x => TypeName(x.ParameterType)))})",
        FieldInfo f => $"{f.Name} : {TypeName(f.FieldType)}",
        EventInfo e => $"event {e.Name}",
        Type t => $"nested {t.Name}",
        _ => member.Name,
    };

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string TypeName(Type type) => type switch
    {
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>",
        { IsByRef: true } => TypeName(type.GetElementType()!) + "&",
        _ => type.Name,
    };
}
