using System.Text;

namespace ScoModel.Cli.Infrastructure;

/// <summary>Enum members as the data files and the JSON output spell them: <c>DialoguePartner</c> is <c>dialogue-partner</c>.</summary>
internal static class Kebab
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string? OrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Of(v) : null;

    /// <summary>The kind of an entity as one lower-case word or kebab-case phrase: <c>state</c>, <c>person</c>.</summary>
    public static string Of(EntityKind kind) => Of<EntityKind>(kind);
}
