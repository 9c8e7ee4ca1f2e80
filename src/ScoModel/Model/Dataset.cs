using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>Facts about the dataset itself: its name and the date it is correct as of.</summary>
[DataEntity("dataset.yaml")]
public sealed partial record Dataset
{
    /// <summary>The dataset's key.</summary>
    [EntityKey, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The dataset's title.</summary>
    public required string Title { get; init; }

    /// <summary>The date the dataset is correct as of: facts after it are not in it.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>What the dataset covers and how it was curated.</summary>
    public string? Description { get; init; }
}
