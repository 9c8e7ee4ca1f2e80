using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// One kind of value a property may hold (a string, a date, a reference to an entity, ...), all it takes in one place:
/// how its C# type is recognised (by the schema reader), how a YAML value becomes a bound value (by the binder), and
/// how that value is written into a row and read back by the generated reader (by the emitter). The stages consult
/// <see cref="ValueKinds.All"/>; a kind depends only on Reading, Common and Diagnostics, and asks the stage that drives it
/// for the rest through <see cref="ITypeContext"/>, <see cref="IValueSite"/>, <see cref="IRowSink"/> and <see cref="IReadNames"/>.
/// </summary>
/// <remarks>
/// Kinds are singletons compared by reference, so a <see cref="PropertyType"/> that holds one stays an equatable model.
/// Nullable forms, lists and dictionaries wrap any kind: <see cref="NullableForm"/>, <see cref="ListForm"/> and <see cref="DictionaryForm"/>.
/// </remarks>
internal abstract class ValueKind
{
    /// <summary>The kind's types as SCO014 and the README list them: <c>int</c>, <c>DateOnly</c>, <c>enums</c>.</summary>
    public abstract string Name { get; }

    /// <summary>How messages name one value of the kind (<c>whole number</c>); null to name it by its type (<c>State</c>).</summary>
    public virtual string? Description => null;

    /// <summary>Whether YAML must write the value unquoted, since a quoted scalar is text (<c>"42"</c> is a string).</summary>
    public virtual bool RefusesQuotedText => false;

    /// <summary>Whether the value is text, which <c>[Pattern]</c>, <c>[Lookup]</c>, keys and accessor names need.</summary>
    public virtual bool IsText => false;

    /// <summary>Whether the value is a number, which <c>[ValueRange]</c> needs.</summary>
    public virtual bool IsNumber => false;

    /// <summary>Whether <c>[ReverseIndex]</c> may index the value.</summary>
    public virtual bool IsIndexable => false;

    /// <summary>
    /// Whether a value with one of YAML's own tags (its name: <c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>,
    /// <c>timestamp</c>, <c>map</c>) may bind to the kind; by default, <c>!!str</c> to a kind written as text.
    /// </summary>
    public virtual bool AgreesWithTag(string tag) => tag == "str" && !RefusesQuotedText;

    /// <summary>The JSON Schema <c>type</c> of a value in the editors' schemas.</summary>
    public virtual string JsonType => "string";

    /// <summary>The JSON Schema <c>format</c> and <c>pattern</c> of a value, when the type alone says too little.</summary>
    public virtual (string Format, string Pattern)? JsonFormat => null;

    /// <summary>The element type of a property whose C# type (without <c>?</c> or list) is <paramref name="type"/>, or null when the kind does not hold it.</summary>
    public abstract PropertyType? Recognise(ITypeSymbol type, ITypeContext context);

    /// <summary>The element type of this kind for <paramref name="type"/>, named as generated code writes it (<c>global::System.DateOnly</c>).</summary>
    protected PropertyType TypeOf(ITypeSymbol type) =>
        new(this, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).TrimEnd('?'), ListKind.None, default);

    /// <summary>
    /// The bound value of one YAML value (a list's item, or a property's value that is not null), every problem
    /// reported through <paramref name="site"/> where the value stands.
    /// </summary>
    public virtual BoundValue Bind(YamlNode node, IValueSite site)
    {
        if (node is not YamlScalar scalar)
        {
            return site.Invalid(node, string.Empty);
        }

        if (scalar.IsNull)
        {
            return site.Invalid(node, "; a list item cannot be empty");
        }

        if (!scalar.IsPlain && RefusesQuotedText && !YamlTags.SaysItsType(scalar) && !site.QuotedScalars)
        {
            // YAML reads a quoted scalar as text: "42" is a string, whatever it looks like.
            return site.Invalid(node, $"; it is quoted, so YAML reads it as text: write {scalar.Value} without quotes, or set QuotedScalars = true on [DataEntity]");
        }

        return BindScalar(scalar, site);
    }

    /// <summary>The bound value of a scalar that is not null (nor quoted, for a kind that refuses quoted text).</summary>
    protected virtual BoundValue BindScalar(YamlScalar scalar, IValueSite site) => site.Invalid(scalar, string.Empty);

    /// <summary>Writes one bound value of the kind into a row, in the format the generated <c>RowReader</c> reads.</summary>
    public abstract void Write(IRowSink row, PropertyType type, BoundValue value);

    /// <summary>The C# expression that reads one value of <paramref name="type"/> from <c>row</c>, the generated <c>RowReader</c>.</summary>
    public abstract string Read(PropertyType type, IReadNames names);
}

/// <summary>What a kind may ask of the schema reader while it recognises a type.</summary>
internal interface ITypeContext
{
    /// <summary>The framework types, looked up in the compilation.</summary>
    KnownTypes KnownTypes { get; }

    /// <summary>The summary of a symbol's XML doc comment, or null without one.</summary>
    string? Summary(ISymbol symbol);

    /// <summary>The name a <c>[YamlName]</c> gives a symbol, or null without one.</summary>
    string? YamlName(ISymbol symbol);

    /// <summary>How data files spell an enum member that has no <c>[YamlName]</c>: <c>dialogue-partner</c>, by default.</summary>
    string EnumSpelling(string memberName);

    /// <summary>Whether a type is marked <c>[DataEntity]</c>.</summary>
    bool IsDataEntity(INamedTypeSymbol type);

    /// <summary>Reads the schema of a record a property holds (once, however many properties hold it).</summary>
    void ReadRecord(INamedTypeSymbol type);
}

/// <summary>The property a kind binds a value for, as the binder serves it.</summary>
internal interface IValueSite
{
    /// <summary>The property's type.</summary>
    PropertyType Type { get; }

    /// <summary>The type of one item of a list or value of a dictionary (the type itself for a single value), made once per property.</summary>
    PropertyType Element { get; }

    /// <summary>The record type's name and the property's YAML name, for messages: <c>State</c>, <c>region</c>.</summary>
    (string Record, string Field) Names { get; }

    /// <summary>
    /// Reports that <paramref name="node"/> is not a valid value (SCO004), with a hint; <paramref name="expected"/> names
    /// what is, by default one item of the property's type.
    /// </summary>
    BoundInvalid Invalid(YamlNode node, string hint, string? expected = null);

    /// <summary>Reports a problem at <paramref name="node"/>.</summary>
    void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments);

    /// <summary>Checks text against the property's <c>[NotEmpty]</c> and <c>[Pattern]</c>.</summary>
    void CheckText(YamlScalar scalar);

    /// <summary>Checks a list's or a dictionary's count of items against the property's <c>[NotEmpty]</c>.</summary>
    void CheckCount(YamlNode collection, int count);

    /// <summary>Checks a number against the property's <c>[ValueRange]</c>.</summary>
    void CheckRange(YamlScalar scalar, double value);

    /// <summary>Binds the fields of a record value, or null when the record's schema is unknown (its declaration has errors).</summary>
    BoundRecord? BindRecord(YamlMapping mapping);

    /// <summary>Resolves a reference by key to the position of the entry, or gives the closest key there is (null when none is close or worth the time).</summary>
    bool TryResolve(string typeName, string key, out int index, out string? suggestion);

    /// <summary>Whether an entity type's data file is missing or unreadable, so references to it are not reported again one by one.</summary>
    bool IsMissing(string typeName);

    /// <summary>Whether the entity allows a quoted scalar to be a number or a boolean (<c>QuotedScalars = true</c>).</summary>
    bool QuotedScalars { get; }
}

/// <summary>Where a kind writes a row's fields; the emitter drives it.</summary>
internal interface IRowSink
{
    /// <summary>Text that needs no escape and no length: markers, digits.</summary>
    void Raw(string ascii);

    /// <summary>A number's invariant text, ended by <c>;</c>.</summary>
    void Number(string text);

    /// <summary>Text of any length, length-prefixed.</summary>
    void Text(string text);

    /// <summary>A record's fields, in the order its reader reads them.</summary>
    void Record(BoundRecord record);
}

/// <summary>The names the emitter gives what a kind's generated reader refers to.</summary>
internal interface IReadNames
{
    /// <summary>The array of an enum's members, by position.</summary>
    string EnumMembers(string enumType);

    /// <summary>The method that reads a list of <paramref name="element"/> from the row.</summary>
    string ListReader(PropertyType element);

    /// <summary>The method that reads a dictionary of <paramref name="dictionary"/>'s form and element type from the row.</summary>
    string DictionaryReader(PropertyType dictionary);

    /// <summary>The method that reads a record from the row.</summary>
    string RecordReader(string recordType);

    /// <summary>The table of an entity type's entries.</summary>
    string Table(string entityType);
}
