using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ScoModel.Generators.Common;

namespace ScoModel.Generators.Reading;

/// <summary>
/// Reads the YAML most data files are written in straight from the text, without YamlDotNet: block mappings and
/// sequences whose values are one-line scalars (plain, or quoted with common escapes) or one-line flow lists of them,
/// with comments and blank lines between. It builds the same tree, ranges included, that <see cref="YamlReader"/>
/// builds from YamlDotNet's events, at a fraction of the time and allocation.
/// </summary>
/// <remarks>
/// It gives up, and <see cref="YamlReader"/> reads the file with YamlDotNet instead, at the first thing outside that
/// subset, whether valid or not: tabs, carriage returns, a byte order mark, document markers and directives, anchors,
/// aliases, tags, merge keys, block scalars, multi-line plain or quoted scalars, flow mappings, nested flow lists,
/// complex keys, and any indentation it does not expect. So every error is still YamlDotNet's to find and report.
/// <c>BlockSubsetReaderTests</c> reads every yaml-test-suite case, the dataset and generated files both ways and
/// requires the same tree wherever this reader does not give up.
/// </remarks>
internal sealed class BlockSubsetReader
{
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;

    // The items and pairs of the collections being read (see Scratch).
    private readonly List<YamlNode> _items = [];
    private readonly List<YamlPair> _pairs = [];
    private StringBuilder? _escaped;

    /// <summary>The longest key read, in characters.</summary>
    private const int MaxKeyLength = 1_000;

    /// <summary>The longest plain scalar, in characters, that <see cref="_shortScalars"/> keeps.</summary>
    private const int ShortScalar = 16;

    /// <summary>
    /// Short plain scalars read so far, by length and first and last character: keys and enum-like values repeat in
    /// every entry, and the tree keeps one string for each rather than one per occurrence.
    /// </summary>
    private readonly string?[] _shortScalars = new string?[(ShortScalar + 1) << 8];

    /// <summary>The reading position, the line it is on and the offset where that line starts.</summary>
    private int _position;
    private int _line;
    private int _lineStart;

    /// <summary>Whether no token has been read yet, so that a document start marker may stand here.</summary>
    private bool _beforeRoot = true;

    private BlockSubsetReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Reads <paramref name="text"/> into <paramref name="root"/> (null for a file of nothing but comments and blank
    /// lines), or returns false when the text goes beyond the subset.
    /// </summary>
    public static bool TryRead(string text, CancellationToken cancellationToken, out YamlNode? root)
    {
        try
        {
            root = new BlockSubsetReader(text, cancellationToken).ReadDocument();
            return true;
        }
        catch (OutsideSubsetException)
        {
            root = null;
            return false;
        }
    }

    /// <summary>Thrown, once per file at most, at the first thing outside the subset.</summary>
    private sealed class OutsideSubsetException : Exception
    {
        public static readonly OutsideSubsetException Instance = new();
    }

    private static Exception OutsideSubset() => OutsideSubsetException.Instance;

    /// <summary>An offset with its 0-based line and column.</summary>
    private readonly record struct Point(int Offset, int Line, int Column);

    private Point Here => new(_position, _line, _position - _lineStart);

    private static SourceRange RangeOf(Point start, Point end) => new(start.Offset, end.Offset, start.Line, start.Column, end.Line, end.Column);

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Next => _position + 1 < _text.Length ? _text[_position + 1] : '\0';

    private bool AtLineEnd => _position >= _text.Length || _text[_position] == '\n';

    private YamlNode? ReadDocument()
    {
        foreach (var c in _text)
        {
            // The subset has no tabs and one kind of line break, so columns are characters and lines end at '\n' only.
            if (c is '\t' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            {
                throw OutsideSubset();
            }
        }

        var column = NextToken();
        if (column < 0)
        {
            // No content at all is no document; after a '---' it is a document holding one empty scalar.
            return _beforeRoot ? null : throw OutsideSubset();
        }

        if (column != 0)
        {
            throw OutsideSubset();
        }

        _beforeRoot = false;

        YamlNode root = IsSequenceEntry() ? ReadSequence(0, indentless: false, depth: 1)
            : IsKeyAhead() ? ReadMapping(0, depth: 1)
            : throw OutsideSubset();
        return _position < _text.Length ? throw OutsideSubset() : root;
    }

    /// <summary>
    /// Moves past spaces, comments and line breaks to the next token and returns its column, or -1 at the end of
    /// the text. A line that starts a document marker or a directive is outside the subset.
    /// </summary>
    private int NextToken()
    {
        while (_position < _text.Length)
        {
            switch (_text[_position])
            {
                case ' ':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    _line++;
                    _lineStart = _position;
                    break;
                case '#':
                    // Called at a line's start or after a value and its spaces, where '#' starts a comment.
                    while (!AtLineEnd)
                    {
                        _position++;
                    }

                    break;
                default:
                    var column = _position - _lineStart;
                    if (column == 0 && (StartsWith("---") || StartsWith("...") || Current == '%'))
                    {
                        // The one marker taken is a '---' line that starts the document, as many files begin.
                        if (_beforeRoot && StartsWith("---") && IsSeparator(_position + 3))
                        {
                            _beforeRoot = false;
                            _position += 3;
                            SkipSpaces();
                            if (AtLineEnd || Current == '#')
                            {
                                break;
                            }
                        }

                        throw OutsideSubset();
                    }

                    return column;
            }
        }

        return -1;
    }

    private bool StartsWith(string prefix) => string.CompareOrdinal(_text, _position, prefix, 0, prefix.Length) == 0;

    /// <summary>Whether a block sequence entry, '-' followed by a space or the line's end, stands here.</summary>
    private bool IsSequenceEntry() => Current == '-' && (Next is ' ' or '\n' || _position + 1 >= _text.Length);

    /// <summary>Whether the line from here is a key: a one-line scalar followed by ':' and a space or the line's end.</summary>
    private bool IsKeyAhead()
    {
        var position = _position;
        var quote = Current;
        if (quote is '"' or '\'')
        {
            position++;
            while (position < _text.Length && _text[position] != quote && _text[position] != '\n')
            {
                // An escaped quote does not end a double-quoted key.
                position += quote == '"' && _text[position] == '\\' ? 2 : 1;
            }

            return position + 1 < _text.Length && _text[position] == quote && _text[position + 1] == ':' && IsSeparator(position + 2);
        }

        for (; position < _text.Length && _text[position] != '\n'; position++)
        {
            if (_text[position] == '#' && _text[position - 1] == ' ')
            {
                return false;
            }

            if (_text[position] == ':' && IsSeparator(position + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="position"/> is a space, a line break or the end of the text.</summary>
    private bool IsSeparator(int position) => position >= _text.Length || _text[position] is ' ' or '\n';

    /// <summary>A block sequence whose first '-' is here, at <paramref name="indent"/>; it ends at the next token further left.</summary>
    private YamlSequence ReadSequence(int indent, bool indentless, int depth)
    {
        CheckDepth(depth);
        var start = Here;
        var first = _items.Count;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _position++;
            SkipSpaces();
            if (AtLineEnd || Current == '#' || IsSequenceEntry())
            {
                // An entry whose value starts on a later line, or a list nested on the same line.
                throw OutsideSubset();
            }

            _items.Add(IsKeyAhead() ? ReadMapping(_position - _lineStart, depth + 1) : ReadLineValue(depth));
            var column = _position < _text.Length ? _position - _lineStart : -1;
            if (column < indent)
            {
                break;
            }

            if (column > indent || !IsSequenceEntry())
            {
                // At the sequence's column only the parent mapping's next key may end an indentless sequence.
                if (indentless && column == indent)
                {
                    break;
                }

                throw OutsideSubset();
            }
        }

        return new YamlSequence(new EquatableArray<YamlNode>(Scratch.TakeFrom(_items, first)), RangeOf(start, Here));
    }

    /// <summary>A block mapping whose first key is here, at <paramref name="indent"/>; it ends at the next token further left.</summary>
    private YamlMapping ReadMapping(int indent, int depth)
    {
        CheckDepth(depth);
        var start = Here;
        var first = _pairs.Count;
        while (true)
        {
            var key = ReadKey();
            var afterColon = Here;
            SkipSpaces();
            YamlNode value;
            if (AtLineEnd || Current == '#')
            {
                var column = NextToken();
                if (column > indent && IsSequenceEntry())
                {
                    value = ReadSequence(column, indentless: false, depth + 1);
                }
                else if (column > indent && IsKeyAhead())
                {
                    value = ReadMapping(column, depth + 1);
                }
                else if (column == indent && IsSequenceEntry())
                {
                    value = ReadSequence(column, indentless: true, depth + 1);
                }
                else if (column <= indent)
                {
                    // Nothing after the colon: YamlDotNet gives an empty plain scalar there.
                    value = new YamlScalar(string.Empty, IsPlain: true, RangeOf(afterColon, afterColon));
                }
                else
                {
                    throw OutsideSubset();
                }
            }
            else if (IsSequenceEntry())
            {
                throw OutsideSubset();
            }
            else
            {
                value = ReadLineValue(depth);
            }

            _pairs.Add(new YamlPair(key, value));
            var next = _position < _text.Length ? _position - _lineStart : -1;
            if (next < indent)
            {
                break;
            }

            if (next > indent || IsSequenceEntry())
            {
                throw OutsideSubset();
            }
        }

        return new YamlMapping(new EquatableArray<YamlPair>(Scratch.TakeFrom(_pairs, first)), RangeOf(start, Here));
    }

    /// <summary>A key and its colon; the position is left after the colon.</summary>
    private YamlScalar ReadKey()
    {
        YamlScalar key;
        if (Current is '"' or '\'')
        {
            key = ReadQuoted();
        }
        else
        {
            var start = Here;
            CheckPlainStart();
            while (!(Current == ':' && IsSeparator(_position + 1)))
            {
                // YamlDotNet does not take "a *b:" for a key, but reads it as the text "a *b:".
                if (AtLineEnd || (Current is '#' or '*' && _text[_position - 1] == ' '))
                {
                    throw OutsideSubset();
                }

                _position++;
            }

            var name = Text(start.Offset, _position);

            // A space before the colon, or the merge key, is outside the subset.
            if (_text[_position - 1] == ' ' || name == "<<")
            {
                throw OutsideSubset();
            }

            key = new YamlScalar(name, IsPlain: true, RangeOf(start, Here));
        }

        // In a block, even a quoted key's colon is followed by a space or the line's end; and YAML limits a key written
        // without '?' to 1,024 characters, which YamlDotNet enforces (a little less here, to leave its counting to it).
        if (Current != ':' || !IsSeparator(_position + 1) || _position - key.Range.Start > MaxKeyLength)
        {
            throw OutsideSubset();
        }

        _position++;
        return key;
    }

    /// <summary>A value that ends its line (a scalar or a flow list, then spaces and perhaps a comment), and the move to the next token.</summary>
    private YamlNode ReadLineValue(int depth)
    {
        YamlNode value = Current switch
        {
            '"' or '\'' => ReadQuoted(),
            '[' => ReadFlowSequence(depth + 1),
            _ => ReadPlain(flow: false),
        };

        var spaces = SkipSpaces();
        if (!AtLineEnd && !(Current == '#' && spaces > 0))
        {
            throw OutsideSubset();
        }

        NextToken();
        return value;
    }

    /// <summary>A flow list on one line, of plain and quoted scalars: <c>[a, "b"]</c>.</summary>
    private YamlSequence ReadFlowSequence(int depth)
    {
        CheckDepth(depth);
        var start = Here;
        var first = _items.Count;
        _position++;
        SkipSpaces();
        while (Current != ']')
        {
            _items.Add(Current is '"' or '\'' ? ReadQuoted() : ReadPlain(flow: true));
            SkipSpaces();
            if (Current == ',')
            {
                _position++;
                SkipSpaces();
            }
            else if (Current != ']')
            {
                throw OutsideSubset();
            }
        }

        // YamlDotNet ends a flow sequence's range at its ']', not after it.
        var end = Here;
        _position++;
        return new YamlSequence(new EquatableArray<YamlNode>(Scratch.TakeFrom(_items, first)), RangeOf(start, end));
    }

    /// <summary>A plain scalar that ends on its line: at a comment, or in a flow list at ',' or ']'; trailing spaces are not part of it.</summary>
    private YamlScalar ReadPlain(bool flow)
    {
        var start = Here;
        CheckPlainStart();
        var end = _position;
        while (!AtLineEnd)
        {
            var c = Current;
            if (c == '#' && _text[_position - 1] == ' ')
            {
                break;
            }

            if (flow && c is ',' or ']')
            {
                break;
            }

            if ((c == ':' && (flow || IsSeparator(_position + 1))) || (flow && c is '[' or '{' or '}'))
            {
                throw OutsideSubset();
            }

            _position++;
            if (c != ' ')
            {
                end = _position;
            }
        }

        if (flow && AtLineEnd)
        {
            throw OutsideSubset();
        }

        _position = end;
        return new YamlScalar(Text(start.Offset, end), IsPlain: true, RangeOf(start, Here));
    }

    /// <summary>Refuses a plain scalar that would start with an indicator (except '-' before a letter or digit, as in -5).</summary>
    private void CheckPlainStart()
    {
        var c = Current;
        var indicator = c is '-' ? !char.IsLetterOrDigit(Next)
            : c is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ' or '\n' or '\0';
        if (indicator)
        {
            throw OutsideSubset();
        }
    }

    /// <summary>A quoted scalar on one line; double quotes read the escapes <c>\" \\ \/ \n \t \uXXXX</c>.</summary>
    private YamlScalar ReadQuoted()
    {
        var start = Here;
        var quote = Current;
        _position++;
        var from = _position;
        StringBuilder? value = null;
        while (true)
        {
            if (AtLineEnd)
            {
                throw OutsideSubset();
            }

            var c = Current;
            if (c == quote)
            {
                if (quote == '\'' && Next == '\'')
                {
                    value = Append(value, from, _position + 1);
                    _position += 2;
                    from = _position;
                    continue;
                }

                break;
            }

            if (quote == '"' && c == '\\')
            {
                value = Append(value, from, _position);
                value.Append(Unescape());
                from = _position;
                continue;
            }

            _position++;
        }

        var text = value is null ? _text.Substring(from, _position - from) : Append(value, from, _position).ToString();
        _position++;
        return new YamlScalar(text, IsPlain: false, RangeOf(start, Here));
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, the string already made for it when it is short and was read before.</summary>
    private string Text(int start, int end)
    {
        var length = end - start;
        if (length > ShortScalar)
        {
            return _text.Substring(start, length);
        }

        var slot = (length << 8) | ((_text[start] & 0xF) << 4) | (_text[end - 1] & 0xF);
        var known = _shortScalars[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0)
        {
            return known;
        }

        return _shortScalars[slot] = _text.Substring(start, length);
    }

    private StringBuilder Append(StringBuilder? value, int from, int to)
    {
        value ??= (_escaped ??= new StringBuilder()).Clear();
        return value.Append(_text, from, to - from);
    }

    /// <summary>The character a double-quoted escape at the position stands for; the position is left after it.</summary>
    private char Unescape()
    {
        var escape = Next;
        _position += 2;
        switch (escape)
        {
            case '"' or '\\' or '/':
                return escape;
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'u' when _position + 4 <= _text.Length && ushort.TryParse(_text.Substring(_position, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code) && !char.IsSurrogate((char)code):
                _position += 4;
                return (char)code;
            default:
                throw OutsideSubset();
        }
    }

    private int SkipSpaces()
    {
        var from = _position;
        while (Current == ' ')
        {
            _position++;
        }

        return _position - from;
    }

    private static void CheckDepth(int depth)
    {
        if (depth > YamlReader.MaxDepth)
        {
            // YamlReader reports the limit.
            throw OutsideSubset();
        }
    }
}
