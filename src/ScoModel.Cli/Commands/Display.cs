using System.Globalization;

namespace ScoModel.Cli.Commands;

/// <summary>How values read in tables and details.</summary>
internal static class Display
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A period with an exclusive end, as the data keeps them: <c>2017-06-09 – </c> while it lasts.</summary>
    public static string Period(DateOnly from, DateOnly? to) => $"{Date(from)} – {Date(to)}".TrimEnd();

    /// <summary>A reference as a reader recognises it and can pass to <c>sco show</c>: <c>India (IND)</c>.</summary>
    public static string? Ref(IEntity? entity) => entity is null ? null : $"{entity.Label} ({entity.Id})";

    public static string Keys<T>(IEnumerable<T> entities)
        where T : IEntity => string.Join(", ", entities.Select(e => e.Id));

    public static string Refs<T>(IEnumerable<T> entities)
        where T : IEntity => string.Join(", ", entities.Select(e => Ref(e)));

    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "yes" : "no";
}
