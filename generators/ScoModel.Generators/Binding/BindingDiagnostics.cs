using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;

namespace ScoModel.Generators.Binding;

/// <summary>
/// The diagnostics of binding a dataset: each reported once, at most <see cref="MaxDiagnosticsPerFile"/> per file and
/// <see cref="MaxDiagnostics"/> in all, then one SCO013 that says how many more there were.
/// </summary>
internal sealed class BindingDiagnostics
{
    /// <summary>The most diagnostics reported for one file; past it (or <see cref="MaxDiagnostics"/>) one SCO013 says how many more there were.</summary>
    public const int MaxDiagnosticsPerFile = 100;

    /// <summary>The most diagnostics reported for the whole dataset: the compiler's time grows faster than their number.</summary>
    public const int MaxDiagnostics = 1_000;

    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly HashSet<DiagnosticInfo> _reported = [];
    private readonly Dictionary<string, int> _reportedPerFile = new(StringComparer.Ordinal);
    private int _unreported;
    private string? _firstCappedFile;

    /// <summary>Whether every diagnostic so far was reported, so that costly help (a "did you mean") is still worth computing.</summary>
    public bool AllReported => _diagnostics.Count < MaxDiagnostics && _unreported == 0;

    public void Report(DiagnosticInfo diagnostic)
    {
        // Several entity declarations can reach the same nested record and report the same problem.
        if (!_reported.Add(diagnostic))
        {
            return;
        }

        var file = diagnostic.Location?.FilePath ?? string.Empty;
        _reportedPerFile.TryGetValue(file, out var inFile);
        if (inFile >= MaxDiagnosticsPerFile || _diagnostics.Count >= MaxDiagnostics)
        {
            // Past the first hundred the rest rarely help, and each one costs the build time.
            _unreported++;
            _firstCappedFile ??= diagnostic.Location?.FilePath;
            return;
        }

        _reportedPerFile[file] = inFile + 1;
        _diagnostics.Add(diagnostic);
    }

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        Report(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Every diagnostic reported, then SCO013 when some were not.</summary>
    public EquatableArray<DiagnosticInfo> ToEquatableArray()
    {
        if (_unreported > 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyDiagnostics,
                _firstCappedFile is { } file ? LocationInfo.FileStart(file) : null,
                _unreported.ToString("N0", CultureInfo.InvariantCulture),
                MaxDiagnosticsPerFile.ToString(CultureInfo.InvariantCulture),
                MaxDiagnostics.ToString("N0", CultureInfo.InvariantCulture)));
            _unreported = 0;
        }

        return _diagnostics.ToEquatableArray();
    }
}
