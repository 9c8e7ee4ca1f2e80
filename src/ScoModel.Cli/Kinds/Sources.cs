using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco sources</c>: the published sources entries cite; a source's detail (what cites it); its export table.</summary>
internal static class Sources
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Source> View { get; } = new()
    {
        EntityKind = EntityKind.Source,
        Command = "sources",
        Description = "List the published sources the dataset's entries cite",
        All = () => Source.All,
        Title = _ => "Sources",
        Noun = ("source", "sources"),
        Columns =
        [
            new("Id", s => s.Id, ColumnKind.Key),
            new("Published", s => Display.Date(s.Published), ColumnKind.Date),
            new("Reliability", s => Spellings.Of(s.Reliability)),
            new("Publisher", s => s.Publisher),
            new("Title", s => s.Title),
        ],
        ToJson = (s, _) => ToJson(s),
        Describe = (source, detail) => detail
            .Field("Title", source.Title)
            .Field("Publisher", source.Publisher)
            .Field("Url", source.Url)
            .Field("Published", Display.Date(source.Published))
            .Field("Reliability", Spellings.Of(source.Reliability))
            .Field("Note", source.Note)
            .Relate("citedBy", "Cited by", Sco.AllEntities.Where(e => EntityFacts.SourcesOf(e).Any(s => s.Id == source.Id))),
        Names = s => [s.Id],
        Date = s => s.Published,
        Sources = _ => [],
        Export =
        [
            new TableBuilder<Source>("sources")
                .Text("id", s => s.Id).Text("title", s => s.Title).Text("publisher", s => s.Publisher).Text("url", s => s.Url)
                .Date("published", s => s.Published).Choice("reliability", s => (Reliability?)s.Reliability).Text("note", s => s.Note)
                .Build(() => Source.All),
        ],
    };

    /// <summary>A source's JSON record, also written in full for the <c>citations</c> of <c>show</c>.</summary>
    public static JsonObject ToJson(Source source) => new()
    {
        ["id"] = source.Id,
        ["title"] = source.Title,
        ["publisher"] = source.Publisher,
        ["url"] = source.Url,
        ["published"] = Day(source.Published),
        ["reliability"] = Spellings.Of(source.Reliability),
        ["note"] = source.Note,
    };
}
