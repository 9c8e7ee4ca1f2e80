using System.Text;
using System.Text.RegularExpressions;

namespace ScoModel.Generators.Binding;

/// <summary>
/// What a <c>[DataEntity]</c> names: one file (<c>states.yaml</c>, <c>data/states.yaml</c>), a glob
/// (<c>languages/*.yaml</c>, <c>data/**/*.yml</c>) or a folder ending in <c>/</c> (every .yaml and .yml file below it).
/// A name matches every AdditionalFiles path that ends with it, ignoring case, as MSBuild paths do on Windows, so
/// same-named files in several folders are read as one dataset.
/// </summary>
internal sealed class DataFilePattern
{
    private readonly Regex _regex;

    private DataFilePattern(Regex regex) => _regex = regex;

    public static DataFilePattern Parse(string dataFile)
    {
        var text = dataFile.Replace('\\', '/');
        var isFolder = text.EndsWith("/", System.StringComparison.Ordinal);
        var regex = new StringBuilder("(?:^|/)");
        Translate(text, regex);
        if (isFolder)
        {
            regex.Append("(?:[^/]*/)*[^/]*\\.ya?ml");
        }

        regex.Append('$');
        return new DataFilePattern(new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    public bool Matches(string path) => _regex.IsMatch(path.Replace('\\', '/'));

    private static void Translate(string glob, StringBuilder regex)
    {
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" is any number of folders, none included; a trailing "**" is anything.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:[^/]*/)*" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
    }
}
