using System.CommandLine;

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
            var counts = EntityViews.All.ToDictionary(v => v.Name, v => v.Count);
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
            foreach (var (kind, count) in counts)
            {
                table.Add(kind, Display.Number(count));
            }

            view.Sections.Add(table);
            context.Screen.Detail(view);
            return 0;
        });
        return command;
    }
}
