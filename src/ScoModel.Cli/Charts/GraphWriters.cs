using System.Globalization;
using System.Xml;
using static ScoModel.Cli.Charts.Markup;

namespace ScoModel.Cli.Charts;

/// <summary>Writes a <see cref="Graph"/> for graph tools: DOT for Graphviz, GraphML for Gephi, yEd and NetworkX.</summary>
internal static class GraphWriters
{
    /// <summary>An undirected DOT graph; an edge's weight, pen width and label are the number of things shared.</summary>
    public static void WriteDot(Graph graph, TextWriter output)
    {
        output.WriteLine($"graph {Quote(graph.Name)} {{");
        output.WriteLine($"  label={Quote(graph.Title)};");
        output.WriteLine("  labelloc=t;");
        output.WriteLine("  layout=neato;");
        output.WriteLine("  overlap=false;");
        output.WriteLine("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        output.WriteLine("  edge [fontname=\"Helvetica\", fontsize=10];");
        foreach (var node in graph.Nodes)
        {
            output.WriteLine($"  {Quote(node.Id)} [label={Quote(node.Label)}];");
        }

        foreach (var edge in graph.Edges)
        {
            var width = 1 + Math.Log2(edge.Weight);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Quote(graph.Nodes[edge.Source].Id)} -- {Quote(graph.Nodes[edge.Target].Id)} [weight={edge.Weight}, penwidth={width:0.##}, label=\"{edge.Weight}\", tooltip={Quote(string.Join(", ", edge.Evidence))}];"));
        }

        output.WriteLine("}");
    }

    /// <summary>A GraphML document: a node's <c>label</c>, an edge's <c>weight</c> and its <c>evidence</c> keys joined by <c>|</c>.</summary>
    public static void WriteGraphMl(Graph graph, TextWriter output)
    {
        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding (UTF-16 for a string),
        // while every file sco writes is UTF-8.
        output.WriteLine("""<?xml version="1.0" encoding="UTF-8"?>""");
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, CloseOutput = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            WriteGraphMl(graph, xml);
        }

        output.WriteLine();
    }

    private static void WriteGraphMl(Graph graph, XmlWriter xml)
    {
        const string Namespace = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "label", "node", "label", "string");
        Key(xml, "weight", "edge", "weight", "int");
        Key(xml, "evidence", "edge", "evidence", "string");
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", graph.Name);
        xml.WriteAttributeString("edgedefault", "undirected");
        xml.WriteStartElement("desc");
        xml.WriteString(graph.Title);
        xml.WriteEndElement();
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            Data(xml, "label", node.Label);
            xml.WriteEndElement();
        }

        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", graph.Nodes[edge.Source].Id);
            xml.WriteAttributeString("target", graph.Nodes[edge.Target].Id);
            Data(xml, "weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
            Data(xml, "evidence", string.Join('|', edge.Evidence));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's <c>\n</c>.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
