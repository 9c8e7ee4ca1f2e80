using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco sources</c>: the published sources entries cite; and a source's detail (what cites it) for <c>show</c>.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("sources", "List the published sources the dataset's entries cite");
        command.SetAction(result => context.Emit(result, Source.All, ToJson, CliJson.Context.SourceJsonArray, Table));
        return command;
    }

    public static SourceJson ToJson(Source source) =>
        new(source.Id, source.Title, source.Publisher, source.Url, source.Published, Kebab.Of(source.Reliability), source.Note);

    private static TableView Table(IReadOnlyList<Source> sources)
    {
        var table = new TableView(
            "Sources",
            new Column("Id", ColumnKind.Key),
            new Column("Published", ColumnKind.Date),
            new Column("Reliability"),
            new Column("Publisher"),
            new Column("Title"))
        {
            Noun = ("source", "sources"),
        };
        foreach (var source in sources)
        {
            table.Add(source.Id, Display.Date(source.Published), Kebab.Of(source.Reliability), source.Publisher, source.Title);
        }

        return table;
    }

    public static EntityDetail Detail(Source source) =>
        new EntityDetail(source, JsonSerializer.SerializeToNode(ToJson(source), CliJson.Context.SourceJson)!)
            .Field("Title", source.Title)
            .Field("Publisher", source.Publisher)
            .Field("Url", source.Url)
            .Field("Published", Display.Date(source.Published))
            .Field("Reliability", Kebab.Of(source.Reliability))
            .Field("Note", source.Note)
            .Relate("citedBy", "Cited by", Sco.AllEntities.Where(e => EntityFacts.SourcesOf(e).Any(s => s.Id == source.Id)));
}
