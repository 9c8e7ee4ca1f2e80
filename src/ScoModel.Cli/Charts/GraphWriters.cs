using System.Globalization;
using static ScoModel.Cli.Charts.ChartText;

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
    /// <remarks>Written as text rather than with XmlWriter, which would double the native binary's size for one format.</remarks>
    public static void WriteGraphMl(Graph graph, TextWriter output)
    {
        output.WriteLine("""<?xml version="1.0" encoding="UTF-8"?>""");
        output.WriteLine("""<graphml xmlns="http://graphml.graphdrawing.org/xmlns">""");
        output.WriteLine("""  <key id="label" for="node" attr.name="label" attr.type="string"/>""");
        output.WriteLine("""  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>""");
        output.WriteLine("""  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>""");
        output.WriteLine($"""  <graph id="{Escape(graph.Name)}" edgedefault="undirected">""");
        output.WriteLine($"    <desc>{Escape(graph.Title)}</desc>");
        foreach (var node in graph.Nodes)
        {
            output.WriteLine($"""    <node id="{Escape(node.Id)}"><data key="label">{Escape(node.Label)}</data></node>""");
        }

        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"""    <edge id="e{i}" source="{Escape(graph.Nodes[edge.Source].Id)}" target="{Escape(graph.Nodes[edge.Target].Id)}"><data key="weight">{edge.Weight}</data><data key="evidence">{Escape(string.Join('|', edge.Evidence))}</data></edge>"""));
        }

        output.WriteLine("  </graph>");
        output.WriteLine("</graphml>");
    }

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's <c>\n</c>.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
