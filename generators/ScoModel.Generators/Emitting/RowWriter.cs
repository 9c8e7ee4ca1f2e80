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
        var bytes = Utf8Length(value);
        Raw(bytes.ToString(CultureInfo.InvariantCulture));
        Raw(":");
        AppendEscaped(value);
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

    /// <summary>
    /// The length of <paramref name="text"/> in UTF-8. A lone surrogate has no UTF-8 form: the encoder would write
    /// U+FFFD, three bytes, so the literal holds that instead (<see cref="AppendEscaped"/>).
    /// </summary>
    private static int Utf8Length(string text)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (IsPairAt(text, i))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }

    private void AppendEscaped(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
                case var _ when IsPairAt(text, i):
                    _text.Append(c).Append(text[++i]);
                    break;
                case var _ when char.IsSurrogate(c):
                    _text.Append('\uFFFD');
                    break;
                default: _text.Append(c); break;
            }
        }
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
