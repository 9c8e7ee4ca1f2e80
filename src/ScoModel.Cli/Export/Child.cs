using System.Collections.Immutable;

namespace ScoModel.Cli.Export;

/// <summary>A nested record (a status period, a tenure, an attendance) with its parent, so a child table can name the parent's key.</summary>
internal sealed record Child<TParent, TItem>(TParent Parent, TItem Item);

/// <summary>Builds the rows of a child table.</summary>
internal static class Child
{
    /// <summary>Every nested record of every parent, in order, each with its parent.</summary>
    public static IEnumerable<Child<TParent, TItem>> Of<TParent, TItem>(IEnumerable<TParent> parents, Func<TParent, ImmutableArray<TItem>> items) =>
        parents.SelectMany(parent => Infrastructure.EntityFacts.Safe(items(parent)).Select(item => new Child<TParent, TItem>(parent, item)));
}
