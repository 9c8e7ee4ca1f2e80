using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ScoModel.Generators.JsonSchema;

/// <summary>
/// Writes indented JSON (two spaces, LF line endings) one token at a time. Hand-written because
/// System.Text.Json is not among the assemblies an analyzer can count on in every compiler host.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();

    // One entry per open object or array: whether it already holds a member, so the next one needs a comma.
    private readonly Stack<bool> _hasMembers = new();

    private bool _afterName;

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        BeforeValue();
        WriteString(name);
        _builder.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter String(string value)
    {
        BeforeValue();
        WriteString(value);
        return this;
    }

    /// <summary>A short array of strings on one line, such as <c>["string", "null"]</c>.</summary>
    public JsonWriter InlineStrings(params string[] values)
    {
        BeforeValue();
        _builder.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }

            WriteString(values[i]);
        }

        _builder.Append(']');
        return this;
    }

    public JsonWriter Number(double value)
    {
        BeforeValue();
        _builder.Append(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Boolean(bool value)
    {
        BeforeValue();
        _builder.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Null()
    {
        BeforeValue();
        _builder.Append("null");
        return this;
    }

    /// <summary>The JSON written so far, ending with a line break once the outermost value is closed.</summary>
    public override string ToString() => _builder.ToString() + "\n";

    private JsonWriter Open(char bracket)
    {
        BeforeValue();
        _builder.Append(bracket);
        _hasMembers.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var hadMembers = _hasMembers.Pop();
        if (hadMembers)
        {
            NewLine();
        }

        _builder.Append(bracket);
        return this;
    }

    /// <summary>A value after a name stays on the name's line; any other starts a new line, after a comma if it is not the first.</summary>
    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasMembers.Count == 0)
        {
            return;
        }

        if (_hasMembers.Pop())
        {
            _builder.Append(',');
        }

        _hasMembers.Push(true);
        NewLine();
    }

    private void NewLine() => _builder.Append('\n').Append(' ', _hasMembers.Count * 2);

    private void WriteString(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                default:
                    // Control characters must be escaped; surrogates are too, so that a lone one still gives valid JSON.
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
