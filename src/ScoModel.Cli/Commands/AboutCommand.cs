using System.CommandLine;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco about</c>: the dataset's title, its as-of date and how many entities of each kind it holds.</summary>
internal static class AboutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("about", "Show the dataset's title, the date it is correct as of, and how many entries of each kind it holds");
        command.SetAction(result =>
        {
            var dataset = Sco.Dataset;
            var counts = new CountsJson(
                State.All.Length,
                Body.All.Length,
                Person.All.Length,
                Meeting.All.Length,
                Exercise.All.Length,
                Initiative.All.Length,
                Proposal.All.Length,
                Bilateral.All.Length,
                Statement.All.Length,
                Theme.All.Length,
                Source.All.Length);
            if (context.WantsJson(result))
            {
                context.Screen.Json(new AboutJson(dataset.Id, dataset.Title, dataset.AsOf, dataset.Description, counts), CliJson.Context.AboutJson);
                return 0;
            }

            var view = new DetailView(dataset.Title)
                .Field("Title", dataset.Title)
                .Field("As of", Display.Date(dataset.AsOf))
                .Field("Description", dataset.Description)
                .Field("Members on that date", Display.Number(Sco.MembersOn(dataset.AsOf).Count));
            var table = new TableView("Entries", new Column("Kind"), new Column("Count", ColumnKind.Number));
            table.Add("states", Display.Number(counts.States))
                .Add("bodies", Display.Number(counts.Bodies))
                .Add("people", Display.Number(counts.People))
                .Add("meetings", Display.Number(counts.Meetings))
                .Add("exercises", Display.Number(counts.Exercises))
                .Add("initiatives", Display.Number(counts.Initiatives))
                .Add("proposals", Display.Number(counts.Proposals))
                .Add("bilaterals", Display.Number(counts.Bilaterals))
                .Add("statements", Display.Number(counts.Statements))
                .Add("themes", Display.Number(counts.Themes))
                .Add("sources", Display.Number(counts.Sources));
            view.Sections.Add(table);
            context.Screen.Detail(view);
            return 0;
        });
        return command;
    }
}
