using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using ScoModel.Generators.Binding;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Emitting;

/// <summary>One generated file.</summary>
internal sealed record EmittedFile(string HintName, string Source);

/// <summary>The generated files of one entity type (its members, then one file per further part of its rows), and SCO030 when they did not fit.</summary>
internal sealed record EmittedSource(EquatableArray<EmittedFile> Files, DiagnosticInfo? Diagnostic)
{
    /// <summary>The file with the type's members and the first part of its rows.</summary>
    public EmittedFile Main => Files[0];
}

/// <summary>
/// Writes the generated half of one entity record: an accessor per entry, <c>All</c>, <c>TryGet</c>, <c>Find</c> and
/// the reverse indexes, over tables of data rather than code per entry. A pure function of its model, so it can be tested directly.
/// </summary>
/// <remarks>
/// The entries are rows in UTF-8 literals, which the runtime maps from the assembly image; an entry is made from its row
/// the first time it is asked for. So the C# per entry is its accessor and its row, the compiler binds no code per entry,
/// and the first use of a type costs the entries used, not the whole type. <c>ScoModel.Generators.EntityTable</c> reads
/// the rows; its summary and <c>RowReader</c>'s describe the layout.
/// </remarks>
internal static class EntityEmitter
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ScoModel.Generators\", \"2.0\")]";

    /// <summary>
    /// The most entries that get accessors: one getter each, and the runtime loads no type of more than 65,535 methods,
    /// which leaves room for the record's own.
    /// </summary>
    public const int MaxAccessors = 60_000;

    /// <summary>log2 of the rows each literal holds, which the generated table is given, so that it is said in one place.</summary>
    private const int PartShift = 12;

    /// <summary>How many rows each literal holds.</summary>
    public const int RowsPerPart = 1 << PartShift;

    /// <summary>
    /// The generated files for <paramref name="set"/>. When one would pass <paramref name="maxLength"/> characters,
    /// the type's members without entries instead (so code that uses only <c>All</c>, <c>TryGet</c> or
    /// <c>Find</c> still compiles) and SCO030 to say why. Past <paramref name="maxAccessors"/> entries, no accessors
    /// and SCO031 to say why.
    /// </summary>
    public static EmittedSource Emit(EntitySet set, int maxLength = SourceWriter.DefaultMaxLength, int maxAccessors = MaxAccessors)
    {
        DiagnosticInfo? warning = null;
        if (set.Schema.Entity is { Accessors: true } entity && set.Entries.Count > maxAccessors)
        {
            // Each accessor is a property getter, and the runtime refuses to load a type of more than 65,535 methods.
            set = set with { Schema = set.Schema with { Entity = entity with { Accessors = false } } };
            warning = DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyAccessors,
                set.DataFilePath is { } at ? LocationInfo.FileStart(at) : null,
                set.Schema.Name,
                set.Entries.Count.ToString("N0", CultureInfo.InvariantCulture),
                maxAccessors.ToString("N0", CultureInfo.InvariantCulture));
        }

        var files = Write(set, maxLength);
        if (files is not null)
        {
            return new EmittedSource(files.ToEquatableArray(), warning);
        }

        var diagnostic = DiagnosticInfo.Create(
            DiagnosticDescriptors.GeneratedSourceTooLong,
            set.DataFilePath is { } path ? LocationInfo.FileStart(path) : null,
            set.DataFile,
            string.Format(CultureInfo.InvariantCulture, "the C# generated for its {0:N0} {1} entries would be longer than {2:N0} characters, the limit of one generated file", set.Entries.Count, set.Schema.Name, maxLength),
            "give the type fewer entries or shorter values");
        return new EmittedSource(Write(set.WithoutEntries(), SourceWriter.DefaultMaxLength)!.ToEquatableArray(), diagnostic);
    }

    /// <summary>The files, or null when one would not fit in <paramref name="maxLength"/> characters.</summary>
    private static List<EmittedFile>? Write(EntitySet set, int maxLength)
    {
        // The full name, so that two entity types of the same name in different namespaces do not clash.
        var baseName = set.Schema.FullName.Replace("global::", string.Empty);
        var model = new TypeModel(set);

        // Rows first: writing them finds which fields some entry leaves without a value, which the readers must test for.
        var rows = new List<string>();
        for (var part = 0; part < model.Parts; part++)
        {
            rows.Add(RowsOf(model, part));
        }

        var files = new List<EmittedFile>(model.Parts);
        for (var part = 0; part < model.Parts; part++)
        {
            var writer = new SourceWriter(maxLength);
            WritePart(writer, model, part, rows[part]);
            if (writer.IsFull)
            {
                return null;
            }

            files.Add(new EmittedFile(part == 0 ? baseName + ".g.cs" : $"{baseName}.Part{Number(part)}.g.cs", writer.ToString()));
        }

        return files;
    }

    /// <summary>One file: the type's members with the first part, or the accessors and rows of a further part.</summary>
    private static void WritePart(SourceWriter writer, TypeModel model, int part, string rows)
    {
        var withMembers = part == 0;
        var set = model.Set;
        var schema = set.Schema;
        writer.Line("// <auto-generated/>");
        writer.Line($"// Generated by ScoModel.Generators from {set.DataFile}: edit the data file, not this one.");
        if (withMembers)
        {
            writer.Line("//");
            writer.Line(model.Parts == 1
                ? "// Each entry is a row of GeneratedData.RowsOf(0), a UTF-8 literal the runtime maps"
                : $"// Each entry is a row of GeneratedData.Rows0, Rows1 and so on ({RowsPerPart:N0} rows each), UTF-8 literals the runtime maps");
            writer.Line("// from the assembly image; an entry is made from its row, by GeneratedData.Create, the first time it is asked for.");
            writer.Line("// RowReader in ScoModel.Generators.EntityTables.g.cs describes the row format.");
        }

        writer.Line("#nullable enable");
        writer.Line();
        if (schema.Namespace.Length > 0)
        {
            writer.Line($"namespace {schema.Namespace};");
            writer.Line();
        }

        writer.Line($"partial {schema.Keyword} {schema.Name}").Open();
        var first = part * RowsPerPart;
        var end = System.Math.Min(set.Entries.Count, first + RowsPerPart);
        if (schema.Entity!.Accessors is true)
        {
            // One accessor per entry, so every character counts: they stand unindented, and the doc comment names the
            // key only when the accessor's name is not made from it.
            writer.Line("// The accessors, one per entry, unindented to keep the file short.");
            writer.Outdent();
            for (var i = first; i < end; i++)
            {
                var entry = set.Entries[i];
                writer.Line(schema.Entity.AccessorFrom == schema.Entity.KeyProperty
                    ? $"/// <summary>{Xml(entry.Origin)}</summary>"
                    : $"/// <summary><c>{Xml(entry.Key)}</c>, {Xml(entry.Origin)}</summary>");
                writer.Line($"public static {schema.Name} {entry.AccessorName} => Entry({Number(i)});");
                if (writer.IsFull)
                {
                    return;
                }
            }

            writer.Indent();

            writer.Line();
        }

        if (withMembers)
        {
            WriteMembers(writer, model);
            writer.Line();
            writer.Line("/// <summary>The tables behind the members above, which other generated types read too; see the top of the file.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Line(GeneratedCode);
        }

        writer.Line("internal static partial class GeneratedData").Open();
        writer.Line(end > first ? $"/// <summary>The rows of entries {Number(first)} to {Number(end - 1)}.</summary>" : "/// <summary>No rows: the type has no entries.</summary>");
        writer.Line(model.Parts == 1
            ? $"private static global::System.ReadOnlySpan<byte> RowsOf(int part) => \"{rows}\"u8;"
            : $"private static global::System.ReadOnlySpan<byte> Rows{Number(part)} => \"{rows}\"u8;");
        if (withMembers)
        {
            writer.Line();
            WriteGeneratedData(writer, model);
        }

        writer.Close();
        writer.Close();
    }

    private static void WriteMembers(SourceWriter writer, TypeModel model)
    {
        var set = model.Set;
        var schema = set.Schema;
        var type = schema.Name;
        if (schema.Entity!.Accessors is true)
        {
            // The accessors' one call, short because there is one accessor per entry.
            writer.Line(GeneratedCode);
            writer.Line($"private static {type} Entry(int index) => GeneratedData.Table[index];");
            writer.Line();
        }

        writer.Line($"/// <summary>Every {type} in {Xml(set.DataFile)}, in file order.</summary>");
        writer.Line(GeneratedCode);
        writer.Line($"public static {ImmutableArray}<{type}> All => GeneratedData.Table.All;");
        writer.Line();
        writer.Line($"/// <summary>Gets the {type} whose {schema.Entity!.KeyProperty} is exactly <paramref name=\"key\"/> (ordinal, case-sensitive).</summary>");
        writer.Line("/// <param name=\"key\">The key to look for.</param>");
        writer.Line("/// <param name=\"value\">The entry, when there is one.</param>");
        writer.Line("/// <returns>Whether an entry has that key.</returns>");
        writer.Line(GeneratedCode);
        writer.Line($"public static bool TryGet(string? key, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value)");
        writer.Open();
        writer.Line("var index = GeneratedData.Table.IndexOfKey(key);");
        writer.Line("value = index < 0 ? null : GeneratedData.Table[index];");
        writer.Line("return value is not null;");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Finds the {type} that <paramref name=\"identifier\"/> names: its key or any of its lookup names, ignoring case.</summary>");
        writer.Line("/// <param name=\"identifier\">A key or lookup name.</param>");
        writer.Line("/// <returns>The entry, or <see langword=\"null\"/> if none answers to it.</returns>");
        writer.Line(GeneratedCode);
        writer.Line($"public static {type}? Find(string? identifier) => identifier is null ? null : Find(global::System.MemoryExtensions.AsSpan(identifier));");
        writer.Line();
        writer.Line("/// <inheritdoc cref=\"Find(string?)\"/>");
        writer.Line(GeneratedCode);
        writer.Line($"public static {type}? Find(global::System.ReadOnlySpan<char> identifier)");
        writer.Open();
        writer.Line("var index = GeneratedData.Table.IndexOfName(identifier, GeneratedData.Names);");
        writer.Line("return index < 0 ? null : GeneratedData.Table[index];");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>The position in <see cref=\"All\"/> of the entry with <paramref name=\"value\"/>'s key, which reverse indexes use; -1 if it is not in the data.</summary>");
        writer.Line(GeneratedCode);
        writer.Line($"internal static int EntryIndexOf({type} value) => GeneratedData.Table.IndexOfEntry(value, value.{Member(schema.Entity!.KeyProperty)});");
        foreach (var index in set.ReverseIndexes)
        {
            writer.Line();
            writer.Line($"/// <summary>The {type} entries whose {index.PropertyName} refers to <paramref name=\"value\"/>, in file order (computed at build time).</summary>");
            writer.Line("/// <param name=\"value\">The entity to look for.</param>");
            writer.Line("/// <returns>The entries, or an empty list when none refers to it or it is not in the data.</returns>");
            writer.Line(GeneratedCode);
            writer.Line($"public static {ReadOnlyList}<{type}> {index.MethodName}({index.TargetTypeName} value)");
            writer.Open();
            writer.Line("if (value is null)");
            writer.Open();
            writer.Line("throw new global::System.ArgumentNullException(nameof(value));");
            writer.Close();
            writer.Line();
            writer.Line($"return GeneratedData.{index.MethodName}[{index.TargetTypeName}.EntryIndexOf(value)];");
            writer.Close();
        }

        foreach (var index in set.ValueIndexes)
        {
            writer.Line();
            writer.Line($"/// <summary>The {type} entries whose {index.PropertyName} is or includes <paramref name=\"value\"/>, in file order (computed at build time{(index.IsEnum ? string.Empty : "; strings compare exactly")}).</summary>");
            writer.Line("/// <param name=\"value\">The value to look for.</param>");
            writer.Line("/// <returns>The entries, or an empty list when none has it.</returns>");
            writer.Line(GeneratedCode);
            if (index.IsEnum)
            {
                writer.Line($"public static {ReadOnlyList}<{type}> {index.MethodName}({index.ValueTypeName} value) => GeneratedData.{index.MethodName}[GeneratedData.{index.MethodName}Group(value)];");
            }
            else
            {
                writer.Line($"public static {ReadOnlyList}<{type}> {index.MethodName}(string? value) =>");
                writer.Line($"    GeneratedData.{index.MethodName}[value is null ? -1 : GeneratedData.{index.MethodName}Values.IndexOf(value)];");
            }
        }
    }

    private static void WriteGeneratedData(SourceWriter writer, TypeModel model)
    {
        var set = model.Set;
        var schema = set.Schema;
        var type = schema.Name;
        var parts = model.Parts;
        writer.Line($"/// <summary>The entries, made from their rows on first use.</summary>");
        writer.Line($"public static readonly global::ScoModel.Generators.EntityTable<{type}> Table = new({Number(set.Entries.Count)}, {Number(PartShift)}, RowsOf, Create);");
        writer.Line();
        writer.Line($"/// <summary>Every name <see cref=\"{type}.Find(string?)\"/> accepts besides the keys: for each entry in turn, its other names and a ';'.</summary>");
        writer.Line($"public static global::System.ReadOnlySpan<byte> Names => \"{NamesOf(set)}\"u8;");
        if (parts > 1)
        {
            // With one part, RowsOf holds the literal itself (above): one method fewer to compile on first use.
            writer.Line();
            writer.Line("private static global::System.ReadOnlySpan<byte> RowsOf(int part) => part switch");
            writer.Open();
            for (var i = 0; i < parts - 1; i++)
            {
                writer.Line($"{Number(i)} => Rows{Number(i)},");
            }

            writer.Line($"_ => Rows{Number(parts - 1)},");
            writer.Close("};");
        }

        foreach (var record in model.Readers)
        {
            writer.Line();
            WriteReader(writer, model, record);
        }

        foreach (var pair in model.EnumFields)
        {
            var (enumType, field) = (pair.Key, pair.Value);
            writer.Line();
            var members = model.EnumMembers[enumType];
            writer.Line($"private static readonly {enumType}[] {field} = [{string.Join(", ", members.Select(m => enumType + "." + Member(m)))}];");
        }

        foreach (var (itemType, method) in model.ListReaders)
        {
            writer.Line();
            writer.Line($"private static {ImmutableArray}<{itemType.TypeName}> {method}(ref global::ScoModel.Generators.RowReader row)");
            writer.Open();
            writer.Line($"var items = new {itemType.TypeName}[row.Count()];");
            writer.Line("for (var i = 0; i < items.Length; i++)");
            writer.Open();
            writer.Line($"items[i] = {itemType.Kind.Read(itemType, model)};");
            writer.Close();
            writer.Line();
            writer.Line("return global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);");
            writer.Close();
        }

        foreach (var (dictionaryType, method) in model.DictionaryReaders)
        {
            writer.Line();
            WriteDictionaryReader(writer, model, dictionaryType, method);
        }

        foreach (var index in set.ReverseIndexes)
        {
            writer.Line();
            WriteGroups(writer, type, index.MethodName, index.EntriesByTarget);
        }

        foreach (var index in set.ValueIndexes)
        {
            writer.Line();
            WriteGroups(writer, type, index.MethodName, index.Values.Select(v => v.Entries));
            writer.Line();
            if (index.IsEnum)
            {
                // The groups are in the order of the values, so a value's group is its position.
                writer.Line($"public static int {index.MethodName}Group({index.ValueTypeName} value) => value switch");
                writer.Open();
                for (var i = 0; i < index.Values.Count; i++)
                {
                    writer.Line($"{index.ValueTypeName}.{Member(index.Values[i].Value)} => {Number(i)},");
                }

                writer.Line("_ => -1,");
                writer.Close("};");
            }
            else
            {
                var values = new RowWriter();
                foreach (var value in index.Values)
                {
                    values.Value(value.Value);
                }

                writer.Line($"private static global::ScoModel.Generators.NameIndex? s_{Camel(index.MethodName)}Values;");
                writer.Line();
                writer.Line($"public static global::ScoModel.Generators.NameIndex {index.MethodName}Values =>");
                writer.Line($"    s_{Camel(index.MethodName)}Values ??= global::ScoModel.Generators.NameIndex.Ordinal(global::ScoModel.Generators.RowReader.Strings(\"{values}\"u8));");
            }
        }
    }

    /// <summary>
    /// The method that reads a dictionary: its count of pairs, then each key and value. An <c>IReadOnlyDictionary</c> is a
    /// <c>Dictionary</c> (which enumerates in the order of insertion when nothing is removed, so in file order) behind a
    /// <c>ReadOnlyDictionary</c>; an <c>ImmutableDictionary</c> is made with its builder.
    /// </summary>
    private static void WriteDictionaryReader(SourceWriter writer, TypeModel model, PropertyType type, string method)
    {
        var element = type.Element;
        var immutable = type.List == ListKind.ImmutableDictionary;
        var result = immutable
            ? $"global::System.Collections.Immutable.ImmutableDictionary<string, {element.TypeName}>"
            : $"global::System.Collections.Generic.IReadOnlyDictionary<string, {element.TypeName}>";
        writer.Line($"private static {result} {method}(ref global::ScoModel.Generators.RowReader row)");
        writer.Open();
        writer.Line("var count = row.Count();");
        writer.Line(immutable
            ? $"var pairs = global::System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, {element.TypeName}>();"
            : $"var pairs = new global::System.Collections.Generic.Dictionary<string, {element.TypeName}>(count);");
        writer.Line("for (var i = 0; i < count; i++)");
        writer.Open();
        writer.Line("var key = row.String();");
        writer.Line($"pairs.Add(key, {element.Kind.Read(element, model)});");
        writer.Close();
        writer.Line();
        writer.Line(immutable
            ? "return pairs.ToImmutable();"
            : $"return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {element.TypeName}>(pairs);");
        writer.Close();
    }

    /// <summary>A lazily read <c>EntityGroups</c>: one list of positions per target entry or value, <c>3,7;</c>, empty as <c>;</c>.</summary>
    private static void WriteGroups(SourceWriter writer, string type, string name, IEnumerable<EquatableArray<int>> groups)
    {
        var lists = new System.Text.StringBuilder();
        foreach (var group in groups)
        {
            lists.Append(string.Join(",", group.Select(Number))).Append(';');
        }

        var field = "s_" + Camel(name);
        writer.Line($"private static global::ScoModel.Generators.EntityGroups<{type}>? {field};");
        writer.Line();
        writer.Line($"public static global::ScoModel.Generators.EntityGroups<{type}> {name} => {field} ??= new(Table, \"{lists}\"u8);");
    }

    /// <summary>The method that makes one record from the row's fields, in the order <see cref="FieldOrder"/> gives.</summary>
    private static void WriteReader(SourceWriter writer, TypeModel model, RecordSchema record)
    {
        var type = TypeNameIn(model, record);
        writer.Line($"private static {type} {model.ReaderNames[record.FullName]}(ref global::ScoModel.Generators.RowReader row) => new {type}");
        writer.Open();
        foreach (var property in FieldOrder(model, record))
        {
            writer.Line($"{Member(property.Name)} = {ReadField(model, record, property)},");
        }

        writer.Close("};");
        if (model.MayBeLeftOut.Any(p => p.Record == record.FullName))
        {
            // The initial values, from an instance with every field left out (the required ones given their default).
            var required = string.Join(", ", record.Properties.Where(p => p.IsRequired).Select(p => Member(p.Name) + " = default!"));
            writer.Line();
            writer.Line($"private static {type}? s_{Camel(model.ReaderNames[record.FullName])}Defaults;");
            writer.Line();
            writer.Line($"private static {type} {model.ReaderNames[record.FullName]}Defaults => s_{Camel(model.ReaderNames[record.FullName])}Defaults ??= new {type} {{ {required} }};");
        }
    }

    private static string TypeNameIn(TypeModel model, RecordSchema record) => record.FullName == model.Set.Schema.FullName ? record.Name : record.FullName;

    /// <summary>
    /// Whether a property keeps an initial value of its own when an entry leaves the field out: its row then says so
    /// (<c>_</c>) and the reader takes the value from an instance made with nothing set.
    /// </summary>
    private static bool IsKeptWhenLeftOut(PropertySchema property) => property.HasInitializer && !property.IsRequired;

    /// <summary>
    /// The order of a record's fields in its rows and its reader: an entity's key first, then the rest in declaration
    /// order; worked out once per record type rather than once per row.
    /// </summary>
    private static List<PropertySchema> FieldOrder(TypeModel model, RecordSchema record)
    {
        if (!model.FieldOrders.TryGetValue(record.FullName, out var order))
        {
            var key = record.Entity?.KeyProperty;
            order = record.Properties.OrderBy(p => p.Name == key ? 0 : 1).ToList();
            model.FieldOrders[record.FullName] = order;
        }

        return order;
    }

    private static string ReadField(TypeModel model, RecordSchema record, PropertySchema property)
    {
        var read = property.Type.IsList ? ListForm.Read(property.Type, model)
            : property.Type.IsDictionary ? DictionaryForm.Read(property.Type, model)
            : property.Type.Kind.Read(property.Type, model);
        if (model.MayLackValue.Contains((record.FullName, property.Name)))
        {
            read = NullableForm.Read(read, property.Type, property.IsNullable);
        }

        if (model.MayBeLeftOut.Contains((record.FullName, property.Name)))
        {
            read = $"row.IsOmitted() ? {model.ReaderNames[record.FullName]}Defaults.{Member(property.Name)} : {read}";
        }

        return read;
    }

    /// <summary>The rows of one part, as literal text.</summary>
    private static string RowsOf(TypeModel model, int part)
    {
        var set = model.Set;
        var rows = new RowWriter();
        var row = new RowSink(new RowWriter(), model);
        var end = System.Math.Min(set.Entries.Count, (part + 1) * RowsPerPart);
        for (var i = part * RowsPerPart; i < end; i++)
        {
            row.Record(set.Entries[i].Value);
            rows.Row(row.Writer);
        }

        return rows.ToString();
    }

    private static BoundValue? FieldOf(BoundRecord record, string propertyName)
    {
        foreach (var field in record.Fields)
        {
            if (field.PropertyName == propertyName)
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Every name <c>Find</c> accepts but the entries' keys (which their rows hold): entry by entry, the list of its
    /// other names ended by <c>;</c>; nothing at all when no entry has another name.
    /// </summary>
    private static string NamesOf(EntitySet set)
    {
        var others = new List<string>[set.Entries.Count];
        var any = false;
        foreach (var lookup in set.Lookups)
        {
            if (lookup.Identifier != set.Entries[lookup.EntryIndex].Key)
            {
                (others[lookup.EntryIndex] ??= []).Add(lookup.Identifier);
                any = true;
            }
        }

        var names = new RowWriter();
        for (var i = 0; any && i < others.Length; i++)
        {
            foreach (var name in others[i] ?? [])
            {
                names.Value(name);
            }

            names.Raw(";");
        }

        return names.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A property name as C# writes it: <c>@class</c> for a keyword.</summary>
    internal static string Member(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Text for a one-line XML doc comment: escaped, and with no character that would end the line.</summary>
    private static string Xml(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\u2028' or '\u2029': builder.Append(' '); break;
                case var _ when char.IsControl(c): builder.Append(' '); break;

                // A lone surrogate is not a character XML allows (warning CS1570).
                case var _ when char.IsSurrogate(c): builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// What the code of one entity type needs besides its set: the schemas of the records its values hold, a reader
    /// method per record, a member array per enum, a list reader per list element type, and which fields some row
    /// leaves without a value (found while writing the rows, so the main file is written after them).
    /// </summary>
    private sealed class TypeModel : IReadNames
    {
        public TypeModel(EntitySet set)
        {
            Set = set;
            Records[set.Schema.FullName] = set.Schema;
            foreach (var record in set.Records)
            {
                Records[record.FullName] = record;
            }

            var taken = new HashSet<string>(System.StringComparer.Ordinal) { "Table", "Names", "RowsOf", "Create" };
            foreach (var index in set.ReverseIndexes.Select(i => i.MethodName).Concat(set.ValueIndexes.Select(i => i.MethodName)))
            {
                taken.Add(index);
                taken.Add(index + "Group");
                taken.Add(index + "Values");
            }

            Readers.Add(set.Schema);
            ReaderNames[set.Schema.FullName] = "Create";
            foreach (var record in set.Records)
            {
                Readers.Add(record);
                ReaderNames[record.FullName] = Unique("Read" + record.Name, taken);
            }

            foreach (var property in Readers.SelectMany(r => r.Properties))
            {
                if (property.Type.Kind == ValueKinds.Enum && !EnumFields.ContainsKey(property.Type.TypeName))
                {
                    EnumFields[property.Type.TypeName] = Unique(property.Type.ShortName + "Members", taken);
                    EnumMembers[property.Type.TypeName] = property.Type.EnumMembers.ToList();
                }

                if (property.Type.IsList && !ListReaderNames.ContainsKey(property.Type.Element))
                {
                    var element = property.Type.Element;

                    // Lists of strings and of references are read by one method for every type (one generic method over
                    // reference types is compiled once), not by one per type: a first query compiles fewer methods.
                    if (element.Kind == ValueKinds.String)
                    {
                        ListReaderNames[element] = "global::ScoModel.Generators.RowReader.StringList";
                        continue;
                    }

                    if (element.Kind == ValueKinds.Entity)
                    {
                        ListReaderNames[element] = ((IReadNames)this).Table(element.TypeName) + ".List";
                        continue;
                    }

                    var name = Unique("ListOf" + char.ToUpperInvariant(element.ShortName[0]) + element.ShortName.Substring(1), taken);
                    ListReaderNames[element] = name;
                    ListReaders.Add((element, name));
                }

                if (property.Type.IsDictionary && !DictionaryReaderNames.ContainsKey(property.Type))
                {
                    var element = property.Type.ShortName;
                    var name = Unique("DictionaryOf" + char.ToUpperInvariant(element[0]) + element.Substring(1), taken);
                    DictionaryReaderNames[property.Type] = name;
                    DictionaryReaders.Add((property.Type, name));
                }
            }
        }

        public EntitySet Set { get; }

        /// <summary>How many literals the rows take: one per <see cref="RowsPerPart"/> entries, and one (empty) for none.</summary>
        public int Parts => System.Math.Max(1, (Set.Entries.Count + RowsPerPart - 1) / RowsPerPart);

        public Dictionary<string, RecordSchema> Records { get; } = new(System.StringComparer.Ordinal);

        public List<RecordSchema> Readers { get; } = [];

        public Dictionary<string, string> ReaderNames { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, string> EnumFields { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, List<string>> EnumMembers { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<PropertyType, string> ListReaderNames { get; } = [];

        public List<(PropertyType Type, string Method)> ListReaders { get; } = [];

        public Dictionary<PropertyType, string> DictionaryReaderNames { get; } = [];

        public List<(PropertyType Type, string Method)> DictionaryReaders { get; } = [];

        /// <summary>The (record, property) pairs some row writes as <c>~</c>, whose reader must test for it.</summary>
        public HashSet<(string Record, string Property)> MayLackValue { get; } = [];

        /// <summary>The (record, property) pairs some row writes as <c>_</c>, left out with an initial value to keep.</summary>
        public HashSet<(string Record, string Property)> MayBeLeftOut { get; } = [];

        /// <summary>Each record type's fields in row order, by full name.</summary>
        public Dictionary<string, List<PropertySchema>> FieldOrders { get; } = [];

        string IReadNames.EnumMembers(string enumType) => EnumFields[enumType];

        string IReadNames.ListReader(PropertyType element) => ListReaderNames[element];

        string IReadNames.DictionaryReader(PropertyType dictionary) => DictionaryReaderNames[dictionary];

        string IReadNames.RecordReader(string recordType) => ReaderNames[recordType];

        string IReadNames.Table(string entityType) => entityType == Set.Schema.FullName ? "Table" : $"{entityType}.GeneratedData.Table";

        private static string Unique(string name, HashSet<string> taken)
        {
            var unique = name;
            for (var i = 2; !taken.Add(unique); i++)
            {
                unique = name + i.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }

    /// <summary>
    /// Writes rows: the emitter's side of <see cref="IRowSink"/>. It walks a record field by field, marks the fields
    /// without a value, and has each value's kind write the rest.
    /// </summary>
    private sealed class RowSink(RowWriter writer, TypeModel model) : IRowSink
    {
        public RowWriter Writer => writer;

        public void Raw(string ascii) => writer.Raw(ascii);

        public void Number(string text) => writer.Number(text);

        public void Text(string text) => writer.Value(text);

        public void Record(BoundRecord record)
        {
            var schema = model.Records[record.TypeName];
            foreach (var property in FieldOrder(model, schema))
            {
                var field = FieldOf(record, property.Name);
                if (field is null && IsKeptWhenLeftOut(property))
                {
                    model.MayBeLeftOut.Add((schema.FullName, property.Name));
                    writer.Raw("_");
                }
                else if (field is null or BoundNull or BoundInvalid)
                {
                    model.MayLackValue.Add((schema.FullName, property.Name));
                    NullableForm.Write(this);
                }
                else if (field is BoundList list)
                {
                    ListForm.Write(this, property.Type, list);
                }
                else if (field is BoundDictionary dictionary)
                {
                    DictionaryForm.Write(this, property.Type, dictionary);
                }
                else
                {
                    property.Type.Kind.Write(this, property.Type, field);
                }
            }
        }
    }
}
