using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>
/// The default <see cref="IEntityGrouper"/>: one entity per real person, place and organisation across spellings
/// and documents, with places resolved in the shipped gazetteer. Each call builds an <see cref="EntityIndex"/>;
/// callers that receive documents over time keep an <see cref="EntityIndex"/> and call
/// <see cref="EntityIndex.Add"/> and <see cref="EntityIndex.Snapshot"/> instead.
/// </summary>
public sealed class EntityGrouper : IEntityGrouper
{
    private readonly PlaceGazetteer _places;

    /// <summary>A grouper that uses the shipped gazetteer (<see cref="PlaceGazetteer.Default"/>).</summary>
    public EntityGrouper()
        : this(PlaceGazetteer.Default)
    {
    }

    /// <summary>A grouper that resolves places with <paramref name="places"/>.</summary>
    public EntityGrouper(PlaceGazetteer places)
    {
        _places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <inheritdoc/>
    public IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = new EntityIndex(_places);
        foreach (var document in documents)
        {
            index.Add(document);
        }

        return index.Snapshot();
    }
}
