using System.Reflection;
using System.Text.RegularExpressions;

namespace ScoModel.Tests.Cli;

/// <summary>
/// The CLI spells enum members through the library's internal <c>Spellings</c>, which reads the generator's
/// <c>YamlNames</c>: every enum of the model has its data-file spellings there, none falls back to its C# name.
/// </summary>
public sealed partial class SpellingTests
{
    [Fact]
    public void Every_enum_of_the_model_is_spelled_as_the_data_files_spell_it()
    {
        var spell = typeof(State).Assembly.GetType("ScoModel.Spellings", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Of" && m.IsGenericMethodDefinition);
        var enums = typeof(State).Assembly.GetExportedTypes().Where(t => t.IsEnum && t != typeof(EntityKind)).ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (var value in Enum.GetValues(type))
            {
                // The generator's fallback for an enum no schema uses is the member's C# name.
                var spelled = (string)spell.MakeGenericMethod(type).Invoke(null, [value])!;
                Assert.True(Kebab().IsMatch(spelled), $"{type.Name}.{value} is spelled '{spelled}'");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
