using System.Text;

namespace ScoModel.Generators.Emitting;

/// <summary>
/// Writes C# text line by line with four-space indentation and LF line endings, whatever the machine.
/// It holds at most <see cref="MaxLength"/> characters: past that it stops writing and says so
/// (<see cref="IsFull"/>) instead of running out of memory on a huge dataset.
/// </summary>
internal sealed class SourceWriter(int maxLength = SourceWriter.DefaultMaxLength)
{
    /// <summary>The most characters one generated file may have: 128 Mi, 256 MB of text in memory, which the compiler must then parse.</summary>
    public const int DefaultMaxLength = 128 * 1024 * 1024;

    private readonly StringBuilder _builder = new();
    private int _indent;

    public int MaxLength { get; } = maxLength;

    /// <summary>Whether a line did not fit; the text is then incomplete and must not be used.</summary>
    public bool IsFull { get; private set; }

    public SourceWriter Line(string text = "")
    {
        if (IsFull || _builder.Length + (_indent * 4) + text.Length + 1 > MaxLength)
        {
            IsFull = true;
            return this;
        }

        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text = "{")
    {
        Line(text);
        _indent++;
        return this;
    }

    public SourceWriter Close(string text = "}")
    {
        _indent--;
        return Line(text);
    }

    /// <summary>Indents the following lines without writing a brace, as under a <c>case</c> label.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
