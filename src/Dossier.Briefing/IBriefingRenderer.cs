namespace Dossier.Briefing;

/// <summary>Writes a briefing in one output format.</summary>
public interface IBriefingRenderer
{
    /// <summary>Writes <paramref name="briefing"/> to <paramref name="writer"/>.</summary>
    void Render(Briefing briefing, TextWriter writer);
}
