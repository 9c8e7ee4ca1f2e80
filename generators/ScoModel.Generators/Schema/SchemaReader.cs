using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;

namespace ScoModel.Generators.Schema;

/// <summary>
/// Reads the schema from a <c>[DataEntity]</c> declaration and the records its properties reach.
/// This is the only stage that sees symbols; what it returns is plain data.
/// </summary>
internal static class SchemaReader
{
    public static SchemaResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var diagnostics = new List<DiagnosticInfo>();
        var reader = new Reader(diagnostics, new KnownTypes(context.SemanticModel.Compilation), AssemblyNaming(context.SemanticModel.Compilation), cancellationToken);
        var entity = reader.ReadEntity(type, (TypeDeclarationSyntax)context.TargetNode, context.Attributes[0]);
        return new SchemaResult(entity, reader.NestedRecords.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The naming policy of the assembly's <c>[assembly: DataNaming(...)]</c>, or null without one.</summary>
    private static FieldNaming? AssemblyNaming(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == SchemaAttributes.DataNaming
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int naming
                && Enum.IsDefined(typeof(FieldNaming), naming))
            {
                return (FieldNaming)naming;
            }
        }

        return null;
    }

    /// <summary>The YAML name of a property: its C# name in camelCase (<c>OfficialName</c> becomes <c>officialName</c>).</summary>
    public static string ToYamlName(string propertyName)
    {
        var chars = propertyName.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // Keep the last capital of a leading run when a lower-case letter follows: "URLPath" -> "urlPath".
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <param name="assemblyNaming">The assembly's <c>[DataNaming]</c>: the entities' default field names, and how enum values are spelled.</param>
    private sealed class Reader(List<DiagnosticInfo> diagnostics, KnownTypes knownTypes, FieldNaming? assemblyNaming, CancellationToken cancellationToken) : ITypeContext
    {
        private readonly Dictionary<string, RecordSchema?> _nested = new(StringComparer.Ordinal);

        /// <summary>The entity's <c>FieldNames</c> (or the assembly's), which its nested records follow too.</summary>
        private FieldNaming _naming = assemblyNaming ?? FieldNaming.CamelCase;

        public IEnumerable<RecordSchema> NestedRecords =>
            _nested.Values.Where(r => r is not null).Select(r => r!).OrderBy(r => r.FullName, StringComparer.Ordinal);

        public RecordSchema? ReadEntity(INamedTypeSymbol type, TypeDeclarationSyntax declaration, AttributeData attribute)
        {
            var attributeLocation = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
            var typeLocation = LocationInfo.From(declaration.Identifier.GetLocation());
            if (!CheckDeclaration(type, declaration, typeLocation))
            {
                return null;
            }

            var dataFile = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            if (string.IsNullOrWhiteSpace(dataFile))
            {
                Report(DiagnosticDescriptors.DataEntityArgumentInvalid, attributeLocation, $"{type.Name}: [DataEntity] needs the name of its data file, such as [DataEntity(\"{ToYamlName(type.Name)}s.yaml\")]");
                return null;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "FieldNames" && named.Value.Value is int naming && Enum.IsDefined(typeof(FieldNaming), naming))
                {
                    _naming = (FieldNaming)naming;
                }
            }

            var properties = ReadProperties(type);
            var keys = properties.Where(p => p.Key).ToList();
            if (keys.Count != 1)
            {
                Report(DiagnosticDescriptors.EntityKeyMisdeclared, attributeLocation, keys.Count == 0
                    ? $"{type.Name} has no key: mark one string property with [EntityKey]"
                    : $"{type.Name} has {keys.Count} properties marked [EntityKey]; mark exactly one");
                return null;
            }

            var key = keys[0].Schema;
            if (!key.Type.Kind.IsText || !key.Type.IsSingle)
            {
                Report(DiagnosticDescriptors.EntityKeyMisdeclared, key.Location, $"{type.Name}.{key.Name} is the key, so it must be a string");
                return null;
            }

            var accessorFrom = key.Name;
            bool? accessors = null;
            var quotedScalars = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "QuotedScalars" && named.Value.Value is bool quoted)
                {
                    quotedScalars = quoted;
                }

                if (named.Key == "AccessorFrom" && named.Value.Value is string name)
                {
                    accessorFrom = name;
                }
                else if (named.Key == "Accessors" && named.Value.Value is bool generate)
                {
                    accessors = generate;
                }
            }

            var accessorProperty = properties.FirstOrDefault(p => p.Schema.Name == accessorFrom).Schema;
            if (accessorProperty is null || !accessorProperty.Type.Kind.IsText || !accessorProperty.Type.IsSingle)
            {
                Report(DiagnosticDescriptors.DataEntityArgumentInvalid, attributeLocation, $"{type.Name}: AccessorFrom names '{accessorFrom}', which is not a string property of {type.Name}");
                return null;
            }

            if (!accessorProperty.IsRequired)
            {
                Report(DiagnosticDescriptors.DataEntityArgumentInvalid, accessorProperty.Location, $"{type.Name}.{accessorFrom} names the generated accessors, so it must be declared 'required'");
                return null;
            }

            var memberNames = MemberNames(type);
            if (!CheckReverseIndexNames(type, properties.Select(p => p.Schema), memberNames))
            {
                return null;
            }

            return new RecordSchema(
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Namespace(type),
                type.Name,
                declaration is RecordDeclarationSyntax ? "record" : "class",
                Accessibility(type),
                new EntitySchema(dataFile!, key.Name, accessorFrom, attributeLocation, memberNames.ToEquatableArray(), accessors, quotedScalars),
                properties.Select(p => p.Schema).ToEquatableArray(),
                typeLocation);
        }

        /// <summary>The names of every member the type and its base types declare (the generator's input never holds its own output).</summary>
        private static List<string> MemberNames(INamedTypeSymbol type)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var name in current.MemberNames)
                {
                    if (SyntaxFacts.IsValidIdentifier(name))
                    {
                        names.Add(name);
                    }
                }
            }

            return names.ToList();
        }

        private bool CheckReverseIndexNames(INamedTypeSymbol type, IEnumerable<PropertySchema> properties, List<string> memberNames)
        {
            var taken = EntitySchema.TakenNames(type.Name, memberNames);
            var ok = true;
            foreach (var property in properties)
            {
                if (property.Rules.ReverseIndex is { } method && !taken.Add(method))
                {
                    Report(DiagnosticDescriptors.ReverseIndexNameTaken, property.Location, $"{type.Name}.{property.Name} has [ReverseIndex(\"{method}\")], but {type.Name} already has a member named {method}; choose another name");
                    ok = false;
                }
            }

            return ok;
        }

        private bool CheckDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax declaration, LocationInfo? location)
        {
            string? problem = null;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                problem = $"{type.Name} must be declared 'partial' so that the generator can add its entries";
            }
            else if (type.ContainingType is not null)
            {
                problem = $"{type.Name} is nested in {type.ContainingType.Name}; declare entity records at namespace level";
            }
            else if (type.IsGenericType)
            {
                problem = $"{type.Name} is generic; entity records cannot have type parameters";
            }
            else if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
            {
                problem = $"{type.Name} must be a non-abstract record or class";
            }

            if (problem is not null)
            {
                Report(DiagnosticDescriptors.UnsupportedDeclaration, location, problem);
                return false;
            }

            return true;
        }

        private List<(PropertySchema Schema, bool Key)> ReadProperties(INamedTypeSymbol type)
        {
            var result = new List<(PropertySchema, bool)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (member is not IPropertySymbol property || !IsDataProperty(property) || !seen.Add(property.Name))
                    {
                        continue;
                    }

                    var schema = ReadProperty(type, property, out var isKey);
                    if (schema is not null)
                    {
                        result.Add((schema, isKey));
                    }
                }
            }

            // Two properties spelled alike in the data file could never both be given.
            foreach (var clash in result.GroupBy(p => p.Item1.YamlName, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var names = string.Join(" and ", clash.Select(p => $"{type.Name}.{p.Item1.Name}"));
                Report(DiagnosticDescriptors.FieldNameCollision, clash.Last().Item1.Location, $"{names} are both written '{clash.Key}' in the data file; give one a different [YamlName]");
                result.RemoveAll(p => p.Item1.YamlName == clash.Key && !ReferenceEquals(p.Item1, clash.First().Item1));
            }

            // Base-class properties first, as the YAML reads most naturally in declaration order.
            return result;
        }

        /// <summary>The field name a <c>[YamlName]</c> gives a property or an enum member, if it has one.</summary>
        public string? YamlName(ISymbol symbol) =>
            symbol.GetAttributes()
                .FirstOrDefault(a => a.AttributeClass is { Name: SchemaAttributes.YamlName } c && c.ContainingNamespace?.ToDisplayString() == SchemaAttributes.Namespace)
                ?.ConstructorArguments.FirstOrDefault().Value as string;

        /// <summary>An enum member's spelling without a <c>[YamlName]</c>: by the assembly's <c>[DataNaming]</c>, or kebab-case.</summary>
        public string EnumSpelling(string memberName) => assemblyNaming?.Apply(memberName) ?? Naming.ToKebabCase(memberName);

        private static bool IsDataProperty(IPropertySymbol property) =>
            !property.IsStatic
            && !property.IsIndexer
            && !property.IsImplicitlyDeclared
            && property.DeclaredAccessibility is Microsoft.CodeAnalysis.Accessibility.Public or Microsoft.CodeAnalysis.Accessibility.Internal
            && property.SetMethod is { DeclaredAccessibility: Microsoft.CodeAnalysis.Accessibility.Public or Microsoft.CodeAnalysis.Accessibility.Internal }
            && !(property.ContainingType.IsRecord && property.Name == "EqualityContract");

        private PropertySchema? ReadProperty(INamedTypeSymbol owner, IPropertySymbol property, out bool isKey)
        {
            isKey = false;
            var location = LocationInfo.From(property.Locations.FirstOrDefault());
            var type = ReadType(property.Type, out var isNullable, out var problem);
            if (type is null && ContainsErrorType(property.Type))
            {
                return null; // The compiler already reports the unknown type.
            }

            if (type is null)
            {
                Report(DiagnosticDescriptors.UnsupportedPropertyType, location, $"{owner.Name}.{property.Name} has type '{property.Type.ToDisplayString()}', which a data file cannot hold: {problem}");
                return null;
            }

            string? pattern = null, notBefore = null, reverseIndex = null, yamlName = null;
            double? minimum = null, maximum = null;
            bool notEmpty = false, recommended = false, lookup = false;
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass || attributeClass.ContainingNamespace?.ToDisplayString() != SchemaAttributes.Namespace)
                {
                    continue;
                }

                var argument = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value : null;
                switch (attributeClass.Name)
                {
                    case SchemaAttributes.EntityKey: isKey = true; break;
                    case SchemaAttributes.Lookup: lookup = true; break;
                    case SchemaAttributes.NotEmpty: notEmpty = true; break;
                    case SchemaAttributes.Recommended: recommended = true; break;
                    case SchemaAttributes.Pattern: pattern = argument as string; break;
                    case SchemaAttributes.NotBefore: notBefore = argument as string; break;
                    case SchemaAttributes.ReverseIndex: reverseIndex = argument as string; break;
                    case SchemaAttributes.YamlName: yamlName = argument as string ?? string.Empty; break;
                    case SchemaAttributes.ValueRange when attribute.ConstructorArguments.Length == 2:
                        minimum = Convert.ToDouble(attribute.ConstructorArguments[0].Value, System.Globalization.CultureInfo.InvariantCulture);
                        maximum = Convert.ToDouble(attribute.ConstructorArguments[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                }
            }

            var name = $"{owner.Name}.{property.Name}";
            if (yamlName is not null && (yamlName.Trim().Length == 0 || yamlName.Trim() != yamlName))
            {
                Report(DiagnosticDescriptors.AttributeArgumentInvalid, location, $"{name} has [YamlName(\"{yamlName}\")]: a field name must be non-empty, without leading or trailing spaces");
                return null;
            }

            if (CheckRules(owner, name, type, pattern, minimum, notBefore, reverseIndex, lookup) is { } misuse)
            {
                Report(misuse.Descriptor, location, misuse.Message);
                return null;
            }

            return new PropertySchema(
                property.Name,
                yamlName ?? _naming.Apply(property.Name),
                type,
                property.IsRequired,
                isNullable,
                new PropertyRules(pattern, minimum, maximum, notEmpty, notBefore, recommended, lookup, reverseIndex),
                location,
                DocumentationComment.Summary(property, cancellationToken),
                HasInitializer(property));
        }

        /// <summary>
        /// Whether the property's declaration gives it a value (<c>= 5;</c>), which an entry that leaves the field out must
        /// keep; a property declared outside the compilation may have one, so it counts as having one.
        /// </summary>
        private static bool HasInitializer(IPropertySymbol property) =>
            property.DeclaringSyntaxReferences.Length == 0
            || property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer: not null });

        /// <summary>An attribute on a property of the wrong type (SCO017) or with an argument that cannot work (SCO018), if there is one.</summary>
        private (DiagnosticDescriptor Descriptor, string Message)? CheckRules(INamedTypeSymbol owner, string name, PropertyType type, string? pattern, double? minimum, string? notBefore, string? reverseIndex, bool lookup)
        {
            if (pattern is not null)
            {
                if (!type.Kind.IsText)
                {
                    return (DiagnosticDescriptors.AttributeOnWrongType, $"{name} has [Pattern], which applies only to strings");
                }

                try
                {
                    _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    return (DiagnosticDescriptors.AttributeArgumentInvalid, $"{name} has [Pattern(\"{pattern}\")], which is not a valid regular expression: {e.Message}");
                }
            }

            if (minimum is not null && !type.Kind.IsNumber)
            {
                return (DiagnosticDescriptors.AttributeOnWrongType, $"{name} has [ValueRange], which applies only to numbers");
            }

            if (notBefore is not null)
            {
                if (type.Kind != ValueKinds.Date || !type.IsSingle)
                {
                    return (DiagnosticDescriptors.AttributeOnWrongType, $"{name} has [NotBefore(\"{notBefore}\")], which applies only to a date property");
                }

                var other = owner.GetMembers(notBefore).OfType<IPropertySymbol>().FirstOrDefault();
                if (other is null || !IsDate(other.Type))
                {
                    return (DiagnosticDescriptors.AttributeArgumentInvalid, $"{name} has [NotBefore(\"{notBefore}\")], but {owner.Name} has no date property named {notBefore}");
                }
            }

            if (reverseIndex is not null)
            {
                if (!type.Kind.IsIndexable || type.IsDictionary)
                {
                    return (DiagnosticDescriptors.AttributeOnWrongType, $"{name} has [ReverseIndex(\"{reverseIndex}\")], which needs a reference to an entity, a string or an enum (or a list of them)");
                }

                if (!SyntaxFacts.IsValidIdentifier(reverseIndex))
                {
                    return (DiagnosticDescriptors.AttributeArgumentInvalid, $"{name} has [ReverseIndex(\"{reverseIndex}\")], which is not a valid method name");
                }
            }

            if (lookup && (!type.Kind.IsText || type.IsDictionary))
            {
                return (DiagnosticDescriptors.AttributeOnWrongType, $"{name} has [Lookup], which applies only to strings and lists of strings");
            }

            return null;
        }

        private static bool ContainsErrorType(ITypeSymbol type) =>
            type.TypeKind == TypeKind.Error
            || (type is INamedTypeSymbol named && named.TypeArguments.Any(ContainsErrorType));

        private bool IsDate(ITypeSymbol type) => ValueKinds.Date.Recognise(NullableForm.Unwrap(type, out _), this) is not null;

        private PropertyType? ReadType(ITypeSymbol type, out bool isNullable, out string problem)
        {
            problem = string.Empty;
            type = NullableForm.Unwrap(type, out isNullable);
            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                var listKind = ListForm.Recognise(generic, knownTypes);
                var dictionaryKind = listKind == ListKind.None ? DictionaryForm.Recognise(generic, knownTypes) : ListKind.None;
                if (listKind == ListKind.None && dictionaryKind == ListKind.None)
                {
                    problem = ListForm.Unsupported;
                    return null;
                }

                if (dictionaryKind != ListKind.None && generic.TypeArguments[0].SpecialType != SpecialType.System_String)
                {
                    problem = DictionaryForm.KeysAreText;
                    return null;
                }

                var element = ReadElementType(generic.TypeArguments[generic.TypeArguments.Length - 1], out problem);
                return element is null ? null : element with { List = listKind == ListKind.None ? dictionaryKind : listKind };
            }

            return ReadElementType(type, out problem);
        }

        private PropertyType? ReadElementType(ITypeSymbol type, out string problem)
        {
            foreach (var kind in ValueKinds.All)
            {
                if (kind.Recognise(type, this) is { } recognised)
                {
                    problem = string.Empty;
                    return recognised;
                }
            }

            problem = type is INamedTypeSymbol
                ? ValueKinds.Supported
                : "arrays and other unnamed types are not supported; use ImmutableArray<T>";
            return null;
        }

        KnownTypes ITypeContext.KnownTypes => knownTypes;

        string? ITypeContext.Summary(ISymbol symbol) => DocumentationComment.Summary(symbol, cancellationToken);

        // By name, not by symbol: an entity from a referenced project carries that project's own copy of the attribute.
        bool ITypeContext.IsDataEntity(INamedTypeSymbol type) =>
            type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == SchemaAttributes.DataEntity);

        void ITypeContext.ReadRecord(INamedTypeSymbol type) => ReadNestedRecord(type);

        private void ReadNestedRecord(INamedTypeSymbol type)
        {
            var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (_nested.ContainsKey(fullName))
            {
                return;
            }

            // Mark it first: a record may reach itself through its properties.
            _nested[fullName] = null;
            var properties = ReadProperties(type).Select(p => p.Schema).ToEquatableArray();
            _nested[fullName] = new RecordSchema(
                fullName,
                Namespace(type),
                type.Name,
                type.IsRecord ? "record" : "class",
                Accessibility(type),
                Entity: null,
                properties,
                LocationInfo.From(type.Locations.FirstOrDefault()));
        }

        private static string Namespace(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

        private static string Accessibility(INamedTypeSymbol type) =>
            type.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public ? "public" : "internal";

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, string message) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, message));
    }
}
