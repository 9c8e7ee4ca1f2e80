using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScoModel.Generators.Reading;

/// <summary>
/// Reads a YAML file into a <see cref="YamlNode"/> tree that remembers where each node stands.
/// It never throws: a syntax error becomes SCO001 and an input beyond the limits SCO011 (or SCO029 for a file too long).
/// </summary>
internal static class YamlReader
{
    /// <summary>The largest data file read, in characters.</summary>
    public const int MaxFileLength = 32 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and sequences read.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes that aliases may add to a document by repeating what their anchors name.</summary>
    public const int MaxAliasExpansion = 100_000;

    private const string SplitOrSimplify = "split the file or simplify the YAML";

    public static DataFile Read(string path, SourceText? text, CancellationToken cancellationToken) =>
        Read(path, text, trySubset: true, cancellationToken);

    /// <summary>Reads the file through YamlDotNet's parser even when it is within <see cref="BlockSubsetReader"/>'s subset; tests compare the two.</summary>
    internal static DataFile ReadWithYamlDotNet(string path, SourceText? text, CancellationToken cancellationToken) =>
        Read(path, text, trySubset: false, cancellationToken);

    private static DataFile Read(string path, SourceText? text, bool trySubset, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (text is null)
        {
            return Failed(path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, LocationInfo.FileStart(path), fileName, "the file could not be read"));
        }

        if (text.Length > MaxFileLength)
        {
            return Failed(path, DiagnosticInfo.Create(
                DiagnosticDescriptors.DataFileTooLong,
                LocationInfo.FileStart(path),
                fileName,
                $"the file has {text.Length:N0} characters, more than the limit of {MaxFileLength:N0}",
                SplitOrSimplify));
        }

        var content = text.ToString();
        if (FindForbiddenCharacter(content) is { } forbidden)
        {
            var position = text.Lines.GetLinePosition(forbidden);
            var location = new LocationInfo(path, new TextSpan(forbidden, 1), new LinePositionSpan(position, new LinePosition(position.Line, position.Character + 1)));
            return Failed(path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, location, fileName, DescribeForbidden(content[forbidden])));
        }

        // StrictChecks looks at tabs and directives, which the subset does not have.
        if (trySubset && BlockSubsetReader.TryRead(content, cancellationToken, out var root))
        {
            return new DataFile(path, root, EquatableArray<DiagnosticInfo>.Empty);
        }

        return new Reader(path, text, content, cancellationToken).ReadFile();
    }

    /// <summary>
    /// The offset of the first character YAML does not allow in a stream (outside its printable set), or of
    /// U+FFFD, which is what invalid UTF-8 decodes to. YamlDotNet drops some of these silently (a NUL
    /// after a plain value, a file of NULs), so the reader checks the text itself first.
    /// </summary>
    private static int? FindForbiddenCharacter(string content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            var allowed = c switch
            {
                '\t' or '\n' or '\r' or '\u0085' => true,
                < '\u0020' or '\u007F' => false,
                >= '\u0080' and <= '\u009F' => false,
                '\uFFFD' or '\uFFFE' or '\uFFFF' => false,
                _ => true,
            };
            if (!allowed)
            {
                return i;
            }
        }

        return null;
    }

    private static string DescribeForbidden(char c)
    {
        var hex = ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        return c == '\uFFFD'
            ? $"the replacement character U+{hex} stands here, which is what bytes that are not valid UTF-8 decode to; save the file as UTF-8"
            : $"the character U+{hex} is not allowed in YAML text; remove it, or write it as the escape \"\\u{hex}\" in a double-quoted value";
    }

    private static DataFile Failed(string path, DiagnosticInfo diagnostic) =>
        new(path, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));

    /// <summary>Raised inside the reader when an input limit is passed; turned into SCO011.</summary>
    private sealed class LimitExceededException(string message, Mark mark) : Exception(message)
    {
        public Mark Mark { get; } = mark;
    }

    /// <summary>Raised inside the reader for structural problems YamlDotNet accepts but a data file may not have.</summary>
    private sealed class StructureException(string message, SourceRange range) : Exception(message)
    {
        public SourceRange Range { get; } = range;
    }

    private sealed class Reader
    {
        private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
        private readonly string _path;
        private readonly SourceText _text;
        private readonly CancellationToken _cancellationToken;
        private readonly Parser _parser;

        /// <summary>How many characters were skipped before the parser's input: one for a leading byte order mark.</summary>
        private readonly int _offset;
        private Mark _lastGoodMark = Mark.Empty;
        private int _aliasExpansion;

        /// <summary>How many block collections the reader is inside; the outermost ones' ranges go to <see cref="_blockCollections"/>.</summary>
        private int _blockDepth;
        private int _blockStart;
        private readonly List<(int Start, int End)> _blockCollections = [];
        private readonly List<(int Start, int End)> _multiLineScalars = [];

        // The items and pairs of the collections being read (see Scratch).
        private readonly List<YamlNode> _items = [];
        private readonly List<YamlPair> _pairs = [];

        public Reader(string path, SourceText text, string content, CancellationToken cancellationToken)
        {
            _path = path;
            _text = text;
            _cancellationToken = cancellationToken;
            if (content.Length > 0 && content[0] == '\uFEFF')
            {
                // A byte order mark left in the text is not YAML content; parse what follows it.
                _offset = 1;
                content = content.Substring(1);
            }

            _parser = new Parser(new StringReader(content));
        }

        /// <summary>
        /// The range between two parser marks. Lines and columns come from the text itself, because
        /// YamlDotNet's end-of-file mark can stand on a line past the last one.
        /// </summary>
        private SourceRange RangeOf(Mark start, Mark end)
        {
            var startIndex = Clamp((int)start.Index + _offset);
            var endIndex = Math.Max(startIndex, Clamp((int)end.Index + _offset));
            var startPosition = _text.Lines.GetLinePosition(startIndex);
            var endPosition = _text.Lines.GetLinePosition(endIndex);
            return new SourceRange(startIndex, endIndex, startPosition.Line, startPosition.Character, endPosition.Line, endPosition.Character);
        }

        private int Clamp(int index) => Math.Min(Math.Max(index, 0), _text.Length);

        public DataFile ReadFile()
        {
            try
            {
                var root = ReadStream();
                if (StrictChecks.FindProblem(_text, _blockCollections, _multiLineScalars) is { } problem)
                {
                    return Failed(_path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, PointAt(problem.Offset), Path.GetFileName(_path), problem.Message));
                }

                return new DataFile(_path, root, EquatableArray<DiagnosticInfo>.Empty);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (LimitExceededException e)
            {
                return Failed(_path, DiagnosticInfo.Create(DiagnosticDescriptors.NestingOrAliasLimit, PointAt(e.Mark), Path.GetFileName(_path), e.Message, SplitOrSimplify));
            }
            catch (StructureException e)
            {
                return Failed(_path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, e.Range.In(_path), Path.GetFileName(_path), e.Message));
            }
            catch (YamlException e) when (IndentingTab(e) is { } tab)
            {
                return Failed(_path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, PointAt(tab), Path.GetFileName(_path), StrictChecks.TabIndentation));
            }
            catch (YamlException e)
            {
                return Failed(_path, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, PointAt(e.Start), Path.GetFileName(_path), Describe(e)));
            }
            catch (Exception)
            {
                // YamlDotNet throws plain exceptions for some malformed input (an unclosed flow
                // sequence, for one), with messages that mean nothing to a curator; report them at
                // the last position it read without trouble.
                return Failed(_path, DiagnosticInfo.Create(
                    DiagnosticDescriptors.YamlSyntaxError,
                    PointAt(_lastGoodMark),
                    Path.GetFileName(_path),
                    "the YAML cannot be read past this point; look for a bracket, brace or quote left open"));
            }
        }

        private LocationInfo PointAt(Mark mark) => RangeOf(mark, mark).In(_path);

        private LocationInfo PointAt(int offset)
        {
            var position = _text.Lines.GetLinePosition(offset);
            return new LocationInfo(_path, new TextSpan(offset, 0), new LinePositionSpan(position, position));
        }

        /// <summary>
        /// The offset of the tab that a tab-indentation error from YamlDotNet is about. YamlDotNet marks such an
        /// error at the token before the tab (the end of the line above) or at the start of the enclosing mapping,
        /// so the tab is looked for in the indentation of the lines from the later of its mark and the last good one.
        /// YamlDotNet has no exception type for it ("found a tab character that violate indentation", "found invalid
        /// tab as indentation"): its message is what tells.
        /// </summary>
        private int? IndentingTab(YamlException e) =>
            e.Message.IndexOf(" tab ", StringComparison.Ordinal) < 0
                ? null
                : StrictChecks.FindIndentingTab(_text, Math.Max(RangeOf(e.End, e.End).Start, RangeOf(_lastGoodMark, _lastGoodMark).Start));

        private static string Describe(YamlException e)
        {
            // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is ours to give.
            var message = e.Message;
            var separator = message.IndexOf("): ", StringComparison.Ordinal);
            return separator >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(separator + 3) : message;
        }

        private YamlNode? ReadStream()
        {
            _parser.MoveNext();
            Expect<StreamStart>();
            if (_parser.Current is StreamEnd)
            {
                return null;
            }

            Expect<DocumentStart>();
            var root = _parser.Current is DocumentEnd ? null : ReadNode(depth: 0, out _);
            Expect<DocumentEnd>();
            if (_parser.Current is DocumentStart second)
            {
                throw new StructureException("a data file holds one YAML document, but a second one starts here", RangeOf(second.Start, second.End));
            }

            return root;
        }

        /// <summary>Checks that the current event is a <typeparamref name="T"/> and moves past it.</summary>
        private void Expect<T>()
            where T : ParsingEvent
        {
            var current = _parser.Current ?? throw new StructureException("the file ends unexpectedly", RangeOf(_lastGoodMark, _lastGoodMark));
            if (current is not T)
            {
                throw new StructureException($"expected {typeof(T).Name} but found {current.GetType().Name}", RangeOf(current.Start, current.End));
            }

            _lastGoodMark = current.End;
            _parser.MoveNext();
        }

        /// <summary>
        /// Reads the node at the current event and leaves the parser on the event after it.
        /// <paramref name="size"/> is its node count with aliases expanded.
        /// </summary>
        private YamlNode ReadNode(int depth, out int size)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var current = _parser.Current ?? throw new StructureException("the file ends unexpectedly", RangeOf(_lastGoodMark, _lastGoodMark));
            _lastGoodMark = current.Start;
            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();
                    _lastGoodMark = scalar.End;
                    size = 1;
                    var range = RangeOf(scalar.Start, scalar.End);
                    if (range.EndLine > range.StartLine)
                    {
                        _multiLineScalars.Add((range.Start, range.End));
                    }

                    return Anchor(scalar.Anchor, new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, range) { Tag = TagOf(scalar.Tag) }, size);

                case AnchorAlias alias:
                    _parser.MoveNext();
                    _lastGoodMark = alias.End;
                    return Alias(alias, out size);

                case SequenceStart start:
                    return ReadSequence(start, depth + 1, out size);

                case MappingStart start:
                    return ReadMapping(start, depth + 1, out size);

                default:
                    throw new StructureException($"unexpected {current.GetType().Name}", RangeOf(current.Start, current.End));
            }
        }

        private YamlNode ReadSequence(SequenceStart start, int depth, out int size)
        {
            EnterCollection(start.Style == SequenceStyle.Block, start.Start, depth);
            var first = _items.Count;
            size = 1;
            while (_parser.Current is not SequenceEnd)
            {
                _items.Add(ReadNode(depth, out var itemSize));
                size += itemSize;
            }

            var items = Scratch.TakeFrom(_items, first);
            var end = LeaveCollection(start.Style == SequenceStyle.Block);
            return Anchor(start.Anchor, new YamlSequence(new EquatableArray<YamlNode>(items), RangeOf(start.Start, end.End)) { Tag = TagOf(start.Tag) }, size);
        }

        private YamlNode ReadMapping(MappingStart start, int depth, out int size)
        {
            EnterCollection(start.Style == MappingStyle.Block, start.Start, depth);
            var first = _pairs.Count;
            size = 1;
            while (_parser.Current is not MappingEnd)
            {
                var keyStart = _parser.Current!.Start;
                var key = ReadNode(depth, out var keySize);
                if (key is not YamlScalar scalarKey)
                {
                    throw new StructureException("a key must be a plain name, not a list or a mapping", RangeOf(keyStart, _lastGoodMark));
                }

                // YamlDotNet leaves out an empty value before the mapping ends ("- ? : x", yaml-test-suite M2N8/00).
                var valueSize = 1;
                var value = _parser.Current is MappingEnd
                    ? new YamlScalar(string.Empty, IsPlain: true, RangeOf(_lastGoodMark, _lastGoodMark))
                    : ReadNode(depth, out valueSize);
                size += keySize + valueSize;
                _pairs.Add(new YamlPair(scalarKey, value));
            }

            var pairs = Scratch.TakeFrom(_pairs, first);
            var end = LeaveCollection(start.Style == MappingStyle.Block);
            return Anchor(start.Anchor, new YamlMapping(new EquatableArray<YamlPair>(Merged(pairs)), RangeOf(start.Start, end.End)) { Tag = TagOf(start.Tag) }, size);
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;

        /// <summary>Whether a key is YAML 1.1's merge key: a plain <c>&lt;&lt;</c> (quoted, it is an ordinary key).</summary>
        private static bool IsMergeKey(YamlScalar key) => key.IsPlain && key.Value == "<<";

        /// <summary>
        /// The pairs with the merge key, if there is one, replaced where it stands by the pairs of the mappings its
        /// value names (https://yaml.org/type/merge.html): a key written in the mapping wins over a merged one
        /// wherever it stands, and of the mappings in a list the earlier wins. A mapping is merged once it has been
        /// read, so one that was itself merged into brings its inherited pairs along.
        /// </summary>
        private static YamlPair[] Merged(YamlPair[] pairs)
        {
            var mergeAt = -1;
            for (var i = 0; i < pairs.Length; i++)
            {
                if (!IsMergeKey(pairs[i].Key))
                {
                    continue;
                }

                if (mergeAt >= 0)
                {
                    throw new StructureException("a mapping can have one merge key '<<'; to merge several mappings, list them: '<<: [*first, *second]'", pairs[i].Key.Range);
                }

                mergeAt = i;
            }

            // Most mappings have no merge key: they cost one pass and no set.
            if (mergeAt < 0)
            {
                return pairs;
            }

            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                if (!IsMergeKey(pair.Key))
                {
                    taken.Add(pair.Key.Value);
                }
            }

            var merged = new List<YamlPair>(pairs.Length);
            merged.AddRange(pairs.Take(mergeAt));
            foreach (var source in MergeSources(pairs[mergeAt]))
            {
                foreach (var inherited in source.Pairs)
                {
                    if (taken.Add(inherited.Key.Value))
                    {
                        merged.Add(inherited);
                    }
                }
            }

            merged.AddRange(pairs.Skip(mergeAt + 1));
            return merged.ToArray();
        }

        /// <summary>The mappings a merge key's value names: the value itself, or each item of a list, in order.</summary>
        private static IEnumerable<YamlMapping> MergeSources(YamlPair merge)
        {
            switch (merge.Value)
            {
                case YamlMapping mapping:
                    return [mapping];

                case YamlSequence sequence:
                    var mappings = new List<YamlMapping>(sequence.Items.Count);
                    foreach (var item in sequence.Items)
                    {
                        mappings.Add(item as YamlMapping ?? throw new StructureException(
                            "each item of the merge key's list must be a mapping or an alias of one, such as '*defaults'", item.Range));
                    }

                    return mappings;

                default:
                    // An empty value has no width of its own: point at the key instead.
                    var range = merge.Value.Range.End > merge.Value.Range.Start ? merge.Value.Range : merge.Key.Range;
                    throw new StructureException(
                        "the merge key '<<' takes a mapping, an alias of one such as '*defaults', or a list of them, not a single value", range);
            }
        }

        /// <summary>Checks the depth of a collection that starts at the current event, notes where a block one starts, and moves past its start.</summary>
        private void EnterCollection(bool isBlock, Mark start, int depth)
        {
            CheckDepth(depth, start);
            if (isBlock && _blockDepth++ == 0)
            {
                _blockStart = RangeOf(start, start).Start;
            }

            _parser.MoveNext();
        }

        /// <summary>Moves past the end of a collection, the current event, which it returns, noting where a block one ends.</summary>
        private ParsingEvent LeaveCollection(bool isBlock)
        {
            var end = _parser.Current!;
            _lastGoodMark = end.End;
            if (isBlock && --_blockDepth == 0)
            {
                _blockCollections.Add((_blockStart, RangeOf(end.End, end.End).Start));
            }

            _parser.MoveNext();
            return end;
        }

        private static void CheckDepth(int depth, Mark mark)
        {
            if (depth > MaxDepth)
            {
                throw new LimitExceededException($"the nesting is deeper than the limit of {MaxDepth} levels", mark);
            }
        }

        private YamlNode Anchor(AnchorName anchor, YamlNode node, int size)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size);
            }

            return node;
        }

        private YamlNode Alias(AnchorAlias alias, out int size)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw new StructureException($"the alias '*{alias.Value.Value}' names no anchor defined before it", RangeOf(alias.Start, alias.End));
            }

            // An alias repeats its anchor's whole subtree: count what it adds, so that nested
            // aliases (a "billion laughs" file) are refused long before they cost anything.
            size = anchored.Size;
            _aliasExpansion += size;
            if (_aliasExpansion > MaxAliasExpansion || size > MaxAliasExpansion)
            {
                throw new LimitExceededException($"aliases expand to more than {MaxAliasExpansion:N0} nodes", alias.Start);
            }

            return anchored.Node with { Range = RangeOf(alias.Start, alias.End), IsAlias = true };
        }
    }
}
