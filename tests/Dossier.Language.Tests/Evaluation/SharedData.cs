namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Locates ../shared/data (or $DOSSIER_SHARED_DATA). Evaluation tests skip with a clear message when it is absent.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("DOSSIER_SHARED_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? env : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    public static string? Folder(string relative) =>
        Root is null ? null : Directory.Exists(Path.Combine(Root, relative)) ? Path.Combine(Root, relative) : null;
}

/// <summary>A fact that is skipped when a folder of the shared data is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        if (SharedData.Folder(folder) is null)
        {
            Skip = $"shared data folder '{folder}' not found (set DOSSIER_SHARED_DATA or place ../shared/data beside the repository)";
        }
    }
}

/// <summary>Precision, recall and F1 from counts.</summary>
internal readonly record struct Prf(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {TruePositives}, pred {Predicted}, gold {Gold})");
}
