using System.CommandLine;
using ScoModel.Cli.Infrastructure;

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
            var detail = Detail(Inputs.Entity(result.GetValue(id) ?? string.Empty));
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

    public static EntityDetail Detail(IEntity entity) => entity switch
    {
        State state => StatesCommand.Detail(state),
        Body body => BodiesCommand.Detail(body),
        Person person => PeopleCommand.Detail(person),
        Meeting meeting => MeetingsCommand.Detail(meeting),
        Exercise exercise => ExercisesCommand.Detail(exercise),
        Initiative initiative => InitiativesCommand.Detail(initiative),
        Proposal proposal => ProposalsCommand.Detail(proposal),
        Bilateral bilateral => BilateralsCommand.Detail(bilateral),
        Statement statement => StatementsCommand.Detail(statement),
        Theme theme => ThemesCommand.Detail(theme),
        Source source => SourcesCommand.Detail(source),
        _ => throw new ArgumentException($"No detail view for {entity.EntityKind}.", nameof(entity)),
    };
}
