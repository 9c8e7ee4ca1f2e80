using System.CommandLine;
using System.Text.Json.Nodes;

namespace ScoModel.Cli.Commands;

/// <summary>What every command's action needs: where to write, and the options shared by all commands.</summary>
internal sealed class CliContext(Screen screen)
{
    public Screen Screen { get; } = screen;

    /// <summary>The <c>--json</c> option, recursive from the root so that every command takes it.</summary>
    public Option<bool> JsonOption { get; } = new("--json")
    {
        Description = "Write JSON (an array of records, or one object for show and about) instead of a table",
        Recursive = true,
    };

    public bool WantsJson(ParseResult result) => result.GetValue(JsonOption);

    /// <summary>Writes a list of entities as a JSON array or as a table.</summary>
    public int Emit<TEntity>(
        ParseResult result,
        IReadOnlyList<TEntity> items,
        Func<TEntity, JsonObject> toJson,
        Func<IReadOnlyList<TEntity>, TableView> toTable)
    {
        if (WantsJson(result))
        {
            Screen.Json(new JsonArray([.. items.Select(toJson)]));
        }
        else
        {
            Screen.Table(toTable(items));
        }

        return 0;
    }
}
