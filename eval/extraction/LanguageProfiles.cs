namespace Dossier.Ingest.Evaluation;

internal static class LanguageProfiles
{
    public static int Build(string[] args) => 1;

    public static Task<int> MeasureAsync(string[] args) => Task.FromResult(1);
}
