using System;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScoModel.Generators.Schema;

/// <summary>Turns a symbol's XML doc comment into the plain sentence an editor shows beside a YAML field.</summary>
internal static class DocumentationComment
{
    /// <summary>
    /// The text of the symbol's <c>&lt;summary&gt;</c> on one line, references written as their short names
    /// (<c>&lt;see cref="T:ScoModel.State"/&gt;</c> gives <c>State</c>); null when there is none.
    /// </summary>
    public static string? Summary(ISymbol symbol, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: false, cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            xml = FromCommentLines(symbol, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        XElement? summary;
        try
        {
            summary = XElement.Parse(xml).Element("summary");
        }
        catch (XmlException)
        {
            return null; // A malformed comment gives no description; the compiler warns about it where it checks doc comments.
        }

        if (summary is null)
        {
            return null;
        }

        var text = new StringBuilder();
        AppendText(summary, text);
        var collapsed = CollapseWhitespace(text.ToString());
        return collapsed.Length > 0 ? collapsed : null;
    }

    /// <summary>
    /// A project that does not generate a documentation file is compiled without parsing doc comments, so the
    /// symbol has none; the <c>///</c> lines are still in the syntax as ordinary comments, and are read from there.
    /// </summary>
    private static string? FromCommentLines(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        var lines = new StringBuilder();
        foreach (var trivia in symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).GetLeadingTrivia())
        {
            var text = trivia.ToString();
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && text.StartsWith("///", StringComparison.Ordinal))
            {
                lines.Append(text.Substring(3)).Append('\n');
            }
        }

        return lines.Length > 0 ? "<member>" + lines + "</member>" : null;
    }

    private static void AppendText(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText literal:
                    text.Append(literal.Value);
                    break;
                case XElement child when (string?)child.Attribute("cref") is { } cref && child.IsEmpty:
                    text.Append(ShortName(cref));
                    break;
                case XElement child when (string?)child.Attribute("langword") is { } word:
                    text.Append(word);
                    break;
                case XElement child when (string?)child.Attribute("name") is { } name && child.IsEmpty:
                    text.Append(name); // <paramref name="x"/>, <typeparamref name="T"/>
                    break;
                case XElement child when (string?)child.Attribute("href") is { } href && child.IsEmpty:
                    text.Append(href);
                    break;
                case XElement child:
                    AppendText(child, text);
                    break;
            }
        }
    }

    /// <summary><c>T:ScoModel.State</c> gives <c>State</c>; <c>P:ScoModel.StatusPeriod.From</c> gives <c>From</c>.</summary>
    private static string ShortName(string cref)
    {
        var name = cref;
        var parenthesis = name.IndexOf('(');
        if (parenthesis >= 0)
        {
            name = name.Substring(0, parenthesis);
        }

        return name.Substring(name.LastIndexOfAny([':', '.']) + 1);
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
