using System.CommandLine;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco show ID</c>: one entity of any kind, with its relations and its sources.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id")
        {
            Description = "A key (IND, rajnath-singh, peace-mission-2018) or a name the entity answers to (India, Rajnath Singh, RATS)",
        };
        var command = new Command("show", "Show one entity in full: its fields, what it relates to, and the sources it cites") { id };
        command.SetAction(result =>
        {
            var entity = Inputs.Entity(result.GetValue(id) ?? string.Empty);
            var detail = EntityViews.Of(entity).Detail(entity);
            if (context.WantsJson(result))
            {
                context.Screen.Json(detail.ToJson());
            }
            else
            {
                context.Screen.Detail(detail.ToView());
            }

            return 0;
        });
        return command;
    }
}
