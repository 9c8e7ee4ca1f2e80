// The CLI's own namespaces, which nearly every file uses: imported once here rather than at the top of each file.
global using ScoModel.Cli.Charts;
global using ScoModel.Cli.Commands;
global using ScoModel.Cli.Export;
global using ScoModel.Cli.Infrastructure;
global using ScoModel.Cli.Json;
global using ScoModel.Cli.Kinds;
global using ScoModel.Cli.Rendering;
