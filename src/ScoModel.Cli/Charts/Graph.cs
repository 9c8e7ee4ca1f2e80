namespace ScoModel.Cli.Charts;

/// <summary>
/// An undirected graph of states, independent of how it is written: an edge joins two states that took part in
/// something together (an exercise, a bilateral meeting), and carries the keys of those things.
/// </summary>
/// <param name="Name">A short machine name, for example <c>exercises</c>.</param>
/// <param name="Title">What the graph shows, in words.</param>
/// <param name="Relation">What one unit of an edge's weight is, singular and plural: <c>("exercise", "exercises")</c>.</param>
/// <param name="Nodes">The states, in the order a matrix draws them.</param>
/// <param name="Edges">The pairs that share at least one thing, each once, with the lower node index first.</param>
internal sealed record Graph(string Name, string Title, (string One, string Many) Relation, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>A state in a <see cref="Graph"/>.</summary>
/// <param name="Id">The state's key, for example <c>IND</c>.</param>
/// <param name="Label">The state's name, for example <c>India</c>.</param>
internal sealed record GraphNode(string Id, string Label);

/// <summary>Two states of a <see cref="Graph"/> that share <see cref="Evidence"/>.</summary>
/// <param name="Source">The index of one state in <see cref="Graph.Nodes"/>.</param>
/// <param name="Target">The index of the other, greater than <paramref name="Source"/>.</param>
/// <param name="Evidence">The keys of the exercises or bilaterals both took part in, in data order.</param>
internal sealed record GraphEdge(int Source, int Target, IReadOnlyList<string> Evidence)
{
    /// <summary>How many things the two states share.</summary>
    public int Weight => Evidence.Count;
}
