using System.Text;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Breaks valid YAML in the ways files really break (and some they rarely do), deterministically
/// from a <see cref="Random"/>: each mutation says what it did, so a failing case can be replayed.
/// </summary>
internal static class YamlMutator
{
    private static readonly char[] OddCharacters =
    [
        '\0', '\t', '\r', '\n', '\u0085', '\u2028', '\u2029', '\uFEFF', '\uD800', '\uDC00', '\uFFFE', '\uFFFF',
        '"', '\'', ':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '#', '%', '@', '`', ',', '?', '\\', '~', ' ',
    ];

    private static readonly string[] Tokens =
    [
        "&x ", "*x", "*undefined", "!!str ", "!!int ", "!!binary ", "!custom ", "? ", "- ", "--- ", "...", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n",
        "<<: *x\n", "|\n", ">-\n", "|+\n", "{", "}", "[", "]", ": ", "'", "\"", "\\", "~", "\"\\u12\"", "\"\\x\"", "{a: 1, a: 2}", "[a, [b, {c: d}]]",
        "key: value\n", ":", "- - - ", "&a &b ", "!<tag:yaml.org,2002:str> ",
    ];

    private static readonly string[] Scalars =
    [
        "2018-02-30", "2018-2-3", "0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "20180301", "9999999999999999999999", "-0", "+7", "1e400", "-1e400",
        "NaN", ".nan", ".inf", "1.5", "1,5", "0x1F", "0o17", "1_000", "true", "True", "yes", "no", "null", "~", "''", "\"\"", "on-hold", "ACTIVE",
        "active", "FRA", "fra", "KGZ", "XXX", "river-survey", "[]", "{}", "[FRA, FRA]", "[~]", "\"\\0\"", "\"\\u2028\"", "'a''b'", "\"tab\\there\"",
        "All", "Find", "TryGet", "IndexOfKey", "\"???\"", "\"123\"", "\"İstanbul\"", "\"\\uD800\"", "-9223372036854775808", "2147483648", "79228162514264337593543950336",
    ];

    /// <summary>Applies one to three mutations.</summary>
    public static (string Text, string Description) Mutate(string text, Random random)
    {
        var count = 1 + random.Next(3);
        var description = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (mutated, what) = MutateOnce(text, random);
            text = mutated;
            description.Append(i == 0 ? string.Empty : "; ").Append(what);
        }

        return (text, description.ToString());
    }

    private static (string Text, string Description) MutateOnce(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(22))
        {
            case 0:
            {
                var at = random.Next(text.Length + 1);
                return (text[..at], $"truncate at {at}");
            }

            case 1:
            {
                var at = random.Next(text.Length + 1);
                var inserted = new string(Enumerable.Range(0, 1 + random.Next(8)).Select(_ => RandomCharacter(random)).ToArray());
                return (text.Insert(at, inserted), $"insert {Show(inserted)} at {at}");
            }

            case 2:
            {
                var chars = text.ToCharArray();
                var changes = new List<string>();
                for (var n = 1 + random.Next(5); n > 0 && chars.Length > 0; n--)
                {
                    var at = random.Next(chars.Length);
                    chars[at] = RandomCharacter(random);
                    changes.Add($"{at}={Show(chars[at].ToString())}");
                }

                return (new string(chars), "replace " + string.Join(",", changes));
            }

            case 3:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"delete line {line + 1}");

            case 4:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");

            case 5:
            {
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), $"swap lines {line + 1} and {other + 1}");
            }

            case 6:
            {
                var shift = random.Next(1, 4);
                if (random.Next(2) == 0)
                {
                    lines[line] = new string(' ', shift) + lines[line];
                    return (string.Join('\n', lines), $"indent line {line + 1} by {shift}");
                }

                var spaces = lines[line].Length - lines[line].TrimStart(' ').Length;
                lines[line] = lines[line][Math.Min(shift, spaces)..];
                return (string.Join('\n', lines), $"outdent line {line + 1} by {shift}");
            }

            case 7:
                if (random.Next(2) == 0)
                {
                    lines[line] = "\t" + lines[line].TrimStart(' ');
                    return (string.Join('\n', lines), $"tab-indent line {line + 1}");
                }

                return (text.Replace("  ", "\t", StringComparison.Ordinal), "tabs for every two spaces");

            case 8:
                return ("\uFEFF" + text, "byte order mark");

            case 9:
                if (random.Next(3) == 0)
                {
                    lines[line] += "\r";
                    return (string.Join('\n', lines), $"CR before the break after line {line + 1}");
                }

                return random.Next(2) == 0
                    ? (text.Replace("\n", "\r\n", StringComparison.Ordinal), "CRLF")
                    : (text.Replace("\n", "\r", StringComparison.Ordinal), "CR only");

            case 10:
                return HugeScalar(lines, line, random);

            case 11:
                return DeepNesting(lines, line, random);

            case 12:
                return AliasBomb(lines, line, random);

            case 13:
            {
                var at = random.Next(text.Length + 1);
                var token = Tokens[random.Next(Tokens.Length)];
                return (text.Insert(at, token), $"insert {Show(token)} at {at}");
            }

            case 14:
            case 15:
            case 16:
                return ReplaceValue(lines, line, random);

            case 17:
                return (text + text, "the file twice");

            case 18:
                return random.Next(2) == 0 ? (string.Empty, "empty file") : ("# only a comment\n", "only a comment");

            case 19:
            {
                var bytes = new byte[random.Next(1, 200)];
                random.NextBytes(bytes);
                var garbage = Encoding.Latin1.GetString(bytes);
                return (garbage, $"random bytes ({bytes.Length}, Latin-1)");
            }

            case 20:
            {
                // Rename a key to something close, something reserved, or nothing.
                var colon = lines[line].IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    goto case 3;
                }

                var indent = lines[line].Length - lines[line].TrimStart(' ', '-').Length;
                var key = new[] { "nmae", "Name", "ID", "code ", "\"code\"", "aliases2", string.Empty, "title", "<<", "? x" }[random.Next(10)];
                lines[line] = lines[line][..indent] + key + lines[line][colon..];
                return (string.Join('\n', lines), $"key on line {line + 1} becomes {Show(key)}");
            }

            default:
            {
                // Move a block: cut a few lines and paste them elsewhere, often at another indentation.
                var length = Math.Min(1 + random.Next(4), lines.Count - line);
                var block = lines.GetRange(line, length);
                lines.RemoveRange(line, length);
                var target = random.Next(lines.Count + 1);
                lines.InsertRange(target, block);
                return (string.Join('\n', lines), $"move lines {line + 1}-{line + length} to {target + 1}");
            }
        }
    }

    private static (string, string) HugeScalar(List<string> lines, int line, Random random)
    {
        var size = 100_000 + random.Next(5_000);
        var body = new string((char)('a' + random.Next(26)), size);
        var style = random.Next(3);
        var value = style switch
        {
            0 => body,
            1 => "\"" + body + "\"",
            _ => "|\n" + string.Join('\n', Enumerable.Range(0, size / 1000).Select(_ => "    " + body[..1000])),
        };
        return ReplaceValue(lines, line, value, $"huge scalar ({size} characters, style {style})");
    }

    private static (string, string) DeepNesting(List<string> lines, int line, Random random)
    {
        var depth = 100 + random.Next(200);
        var (open, close) = random.Next(3) switch
        {
            0 => ("[", "]"),
            1 => ("{a: ", "}"),
            _ => ("- ", string.Empty),
        };
        var closed = random.Next(2) == 0;
        var value = string.Concat(Enumerable.Repeat(open, depth)) + "x" + (closed ? string.Concat(Enumerable.Repeat(close, depth)) : string.Empty);
        return ReplaceValue(lines, line, value, $"nesting {depth} deep with {Show(open)}{(closed ? string.Empty : ", unclosed")}");
    }

    private static (string, string) AliasBomb(List<string> lines, int line, Random random)
    {
        var width = 5 + random.Next(6);
        var levels = 6 + random.Next(5);
        var bomb = new StringBuilder("&l0 [").Append(string.Join(", ", Enumerable.Repeat("lol", width))).Append(']');
        var value = "[" + bomb;
        for (var level = 1; level < levels; level++)
        {
            value += $", &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width))}]";
        }

        value += "]";
        return ReplaceValue(lines, line, value, $"alias bomb {width}^{levels}");
    }

    private static (string, string) ReplaceValue(List<string> lines, int line, Random random)
    {
        var value = Scalars[random.Next(Scalars.Length)];
        return ReplaceValue(lines, line, value, $"value {Show(value)}");
    }

    /// <summary>Puts <paramref name="value"/> after the first ": " of the line (or after "- "), or appends it as a new field.</summary>
    private static (string, string) ReplaceValue(List<string> lines, int line, string value, string what)
    {
        var text = lines[line];
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var dash = text.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? text.IndexOf("- ", StringComparison.Ordinal) : -1;
        if (colon >= 0)
        {
            lines[line] = text[..(colon + 2)] + value;
        }
        else if (dash >= 0)
        {
            lines[line] = text[..(dash + 2)] + value;
        }
        else
        {
            lines.Insert(line, "  extra: " + value);
        }

        return (string.Join('\n', lines), $"{what} on line {line + 1}");
    }

    private static char RandomCharacter(Random random) =>
        random.Next(3) switch
        {
            0 => OddCharacters[random.Next(OddCharacters.Length)],
            1 => (char)random.Next(0x20, 0x7F),
            _ => (char)random.Next(0, 0x10000),
        };

    /// <summary>A short, printable rendering of inserted text for the case description.</summary>
    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 40 ? text[..40] : text)
        {
            builder.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append(text.Length > 40 ? "...\"" : "\"").ToString();
    }
}
