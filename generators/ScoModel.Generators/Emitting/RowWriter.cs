using System.Globalization;
using System.Text;

namespace ScoModel.Generators.Emitting;

/// <summary>
/// Writes rows in the format the generated <c>RowReader</c> reads (its summary describes it), as the text of a C#
/// UTF-8 string literal: counting lengths in UTF-8 bytes and escaping only what a literal cannot hold as it is.
/// </summary>
internal sealed class RowWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>The bytes written so far, once the literal is encoded.</summary>
    public int Bytes { get; private set; }

    /// <summary>The characters written so far, of C# literal text.</summary>
    public int Length => _text.Length;

    /// <summary>Text that needs no escape: markers, digits, counts.</summary>
    public void Raw(string ascii)
    {
        _text.Append(ascii);
        Bytes += ascii.Length;
    }

    /// <summary>A number's invariant text, ended by <c>;</c>.</summary>
    public void Number(string text)
    {
        Raw(text);
        Raw(";");
    }

    /// <summary>A value, length-prefixed.</summary>
    public void Value(string value)
    {
        // A lone surrogate has no UTF-8 form: the encoder would write U+FFFD, so the literal does too.
        var text = WellFormed(value);
        var bytes = Encoding.UTF8.GetByteCount(text);
        Raw(bytes.ToString(CultureInfo.InvariantCulture));
        Raw(":");
        AppendEscaped(text);
        Bytes += bytes;
    }

    /// <summary>A whole row written by <paramref name="writer"/>: its length, then its fields; <paramref name="writer"/> is then emptied for the next row.</summary>
    public void Row(RowWriter writer)
    {
        Raw(writer.Bytes.ToString(CultureInfo.InvariantCulture));
        Raw(":");
        _text.Append(writer._text);
        Bytes += writer.Bytes;
        writer._text.Clear();
        writer.Bytes = 0;
    }

    public override string ToString() => _text.ToString();

    private void AppendEscaped(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;

                // Control characters and the characters C# takes for a line break cannot stand in a literal.
                case < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029':
                    _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: _text.Append(c); break;
            }
        }
    }

    private static string WellFormed(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
