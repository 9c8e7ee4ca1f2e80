using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>
/// A tab that indents a line is SCO001 at the tab itself. YamlDotNet marks these errors at the value before the
/// tab, on the line above, or at the start of the enclosing mapping; the reader finds the tab.
/// </summary>
public sealed class TabIndentationTests
{
    [Theory]
    [InlineData("- code: FRA\n\tname: France\n", 2, 1)]
    [InlineData("- code: FRA\n  \tname: France\n", 2, 3)]
    [InlineData("- code: FRA\n  name: France\n  aliases:\n\t- French Republic\n", 4, 1)]
    [InlineData("- code: FRA\n  name: France\n  aliases:\n    - French Republic\n\t\t- Hexagone\n", 5, 1)]
    [InlineData("- code: FRA\n  name: France\n\n\t\n  # a comment\n\tjoined: 1995-01-01\n", 6, 1)]
    public void A_tab_in_indentation_is_reported_at_the_tab(string countries, int line, int column)
    {
        var output = Fixture.Run(countries: countries);

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Location.GetLineSpan().Path == Fixture.CountriesPath);
        Assert.Equal("SCO001", diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
        Assert.Contains("a tab cannot indent YAML", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_inside_a_value_is_not_an_indentation_error()
    {
        var output = Fixture.Run(countries: Fixture.Countries.Replace("name: France", "name: \"Fr\tance\"", StringComparison.Ordinal));

        TestHelpers.AssertNoGeneratorException(output);
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
