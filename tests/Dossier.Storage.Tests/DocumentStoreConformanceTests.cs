using System.Collections.Concurrent;
using Dossier.Core;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Storage.Tests;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do. A backend subclasses this with a factory; each test
/// gets a fresh, empty database, and <see cref="OpenStoreAsync"/> opens a new store instance on it.
/// </summary>
public abstract class DocumentStoreConformanceTests : IAsyncLifetime
{
    /// <summary>Opens a new store instance on this test's database.</summary>
    protected abstract Task<IDocumentStore> OpenStoreAsync();

    /// <summary>Creates this test's empty database.</summary>
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Deletes this test's database.</summary>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task Add_then_get_round_trips_text_metadata_source_map_every_layer_and_the_dct()
    {
        await using var store = await OpenStoreAsync();
        var document = TestDocuments.Full();

        Assert.True(await store.AddAsync(document));

        TestDocuments.AssertSame(document, await store.GetAsync(document.Id));
    }

    [StoreFact]
    public async Task A_document_without_layers_or_optional_metadata_round_trips_with_no_layers()
    {
        await using var store = await OpenStoreAsync();
        var document = new Document("Just text.", new SourceMetadata { Source = "a.txt" });

        await store.AddAsync(document);
        var stored = await store.GetAsync(document.Id);

        TestDocuments.AssertSame(document, stored);
        Assert.Empty(stored!.Keys);
        Assert.Null(stored.SourceMap);
    }

    [StoreFact]
    public async Task An_empty_layer_that_was_set_comes_back_set()
    {
        await using var store = await OpenStoreAsync();
        var document = new Document("No entities here.", new SourceMetadata { Source = "a.txt" });
        document.Set(Layers.Entities, []);

        await store.AddAsync(document);

        Assert.True((await store.GetAsync(document.Id))!.Has(Layers.Entities));
    }

    [StoreFact]
    public async Task Random_documents_round_trip_layer_by_layer()
    {
        await using var store = await OpenStoreAsync();
        var added = new Dictionary<string, Document>();
        var property = Prop.ForAll(Arb.From(TestDocuments.DocumentGen), document =>
        {
            var isNew = store.AddAsync(document).GetAwaiter().GetResult();
            Assert.Equal(!added.ContainsKey(document.Id), isNew);
            added.TryAdd(document.Id, document);
            TestDocuments.AssertSame(added[document.Id], store.GetAsync(document.Id).GetAwaiter().GetResult());
        });

        // Off the test's synchronisation context, so blocking on the store inside the property is safe.
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(40).WithEndSize(50), property));
        Assert.Equal(added.Count, await store.CountAsync());
    }

    [StoreFact]
    public async Task Text_that_cannot_be_stored_exactly_is_refused_with_a_store_error()
    {
        await using var store = await OpenStoreAsync();
        var document = new Document("broken \ud800 surrogate", new SourceMetadata { Source = "bad.txt" });

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync(document));

        Assert.EndsWith($": cannot store document {document.Id}: it contains a lone UTF-16 surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync());
    }

    [StoreFact]
    public async Task Adding_the_same_article_twice_adds_nothing_the_second_time()
    {
        await using var store = await OpenStoreAsync();
        var document = TestDocuments.Full();
        var again = TestDocuments.Full(source: "elsewhere/copy.html");
        var rewrapped = new Document(document.Text.Replace(" ", "\n", StringComparison.Ordinal), new SourceMetadata { Source = "wrapped.txt" });

        Assert.True(await store.AddAsync(document));
        Assert.False(await store.AddAsync(document));
        Assert.False(await store.AddAsync(again));
        Assert.False(await store.AddAsync(rewrapped));

        Assert.Equal(1, await store.CountAsync());
        Assert.Equal("samples/full.html", (await store.GetAsync(document.Id))!.Metadata.Source);
        Assert.Equal(2, await CountHitsAsync(store, "ceasefire"));
    }

    [StoreFact]
    public async Task Count_counts_documents()
    {
        await using var store = await OpenStoreAsync();
        Assert.Equal(0, await store.CountAsync());

        await store.AddAsync(TestDocuments.Lines("a", "One."));
        await store.AddAsync(TestDocuments.Lines("b", "Two."));
        await store.AddAsync(TestDocuments.Lines("c", "Three."));

        Assert.Equal(3, await store.CountAsync());
    }

    [StoreFact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Lines("a", "One."));

        Assert.Null(await store.GetAsync("0000000000000000"));
        Assert.Null(await store.GetAsync("'; DROP TABLE documents; --"));
    }

    [StoreFact]
    public async Task Get_all_returns_documents_in_insertion_order()
    {
        await using var store = await OpenStoreAsync();
        var documents = Enumerable.Range(0, 70).Select(i => TestDocuments.Lines($"doc{i}", $"Article number {i} about things.")).ToList();
        foreach (var document in documents)
        {
            await store.AddAsync(document);
        }

        await store.RemoveAsync(documents[3].Id);
        await store.AddAsync(documents[3]);
        var expected = documents.Where((_, i) => i != 3).Append(documents[3]).Select(d => d.Id).ToList();

        var all = new List<Document>();
        await foreach (var document in store.GetAllAsync())
        {
            all.Add(document);
        }

        Assert.Equal(expected, all.Select(d => d.Id));
        TestDocuments.AssertSame(documents[7], all[6]);
    }

    [StoreFact]
    public async Task Search_ranks_the_best_matching_sentence_first_and_reports_its_offsets()
    {
        await using var store = await OpenStoreAsync();
        var weak = TestDocuments.Lines("weak", "The long and winding report mentions a ceasefire once among many other unrelated words about weather and sport.");
        var strong = TestDocuments.Lines("strong", "Nothing to see.", "Ceasefire, ceasefire: the ceasefire holds.");
        await store.AddAsync(weak);
        await store.AddAsync(strong);
        await store.AddAsync(TestDocuments.Lines("other", "Talks resume in Geneva."));

        var hits = await SearchAsync(store, "CEASEFIRE", 10);

        Assert.Equal(2, hits.Count);
        Assert.Equal(strong.Id, hits[0].DocumentId);
        Assert.Equal(weak.Id, hits[1].DocumentId);
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal("Ceasefire, ceasefire: the ceasefire holds.", hits[0].Text);
        Assert.Equal(hits[0].Text, strong.Text[hits[0].Start..hits[0].End]);
        Assert.Single(await SearchAsync(store, "ceasefire", 1));
    }

    [StoreFact]
    public async Task Search_requires_every_word_and_treats_words_joined_by_punctuation_as_a_phrase()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Lines("a", "Zelensky's aide spoke in Kyiv.", "Kyiv was quiet.", "An aide of Zelensky said s."));

        Assert.Single(await SearchAsync(store, "kyiv aide", 10));
        Assert.Equal(2, (await SearchAsync(store, "kyiv", 10)).Count);
        var phrase = await SearchAsync(store, "Zelensky's", 10);
        Assert.Equal("Zelensky's aide spoke in Kyiv.", Assert.Single(phrase).Text);
    }

    [StoreTheory]
    [InlineData("\"")]
    [InlineData("\"ceasefire")]
    [InlineData("-ceasefire")]
    [InlineData("ceasefire*")]
    [InlineData("ceasefire AND talks")]
    [InlineData("ceasefire OR")]
    [InlineData("NOT ceasefire")]
    [InlineData("NEAR(ceasefire talks")]
    [InlineData("\"NEAR( ceasefire*")]
    [InlineData("text:ceasefire")]
    [InlineData("^ceasefire")]
    [InlineData("ceasefire & | ! <-> :* ( ) { } [ ] ' \\")]
    [InlineData("'ceasefire'")]
    [InlineData("ceasefire;--")]
    public async Task Search_takes_query_syntax_characters_as_plain_text(string query)
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Full());

        var hits = await SearchAsync(store, query, 10);

        Assert.All(hits, hit => Assert.Contains("ceasefire", hit.Text, StringComparison.OrdinalIgnoreCase));
    }

    [StoreFact]
    public async Task Search_operators_in_the_query_are_just_words()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Lines("a", "The ceasefire and the talks.", "The ceasefire holds.", "Talks or not."));

        Assert.Equal(2, (await SearchAsync(store, "ceasefire*", 10)).Count);
        Assert.Equal("The ceasefire and the talks.", Assert.Single(await SearchAsync(store, "ceasefire AND talks", 10)).Text);
        Assert.Equal("The ceasefire and the talks.", Assert.Single(await SearchAsync(store, "\"ceasefire* -and talks)", 10)).Text);
    }

    [StoreTheory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\" - * ( ) :")]
    public async Task Search_without_words_gives_no_hits(string query)
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Full());

        Assert.Empty(await SearchAsync(store, query, 10));
    }

    [StoreFact]
    public async Task Search_with_a_limit_of_zero_gives_no_hits()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Full());

        Assert.Empty(await SearchAsync(store, "ceasefire", 0));
    }

    [StoreFact]
    public async Task Search_skips_sentences_inside_excluded_regions()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Full());

        Assert.Empty(await SearchAsync(store, "Reuters", 10));
        Assert.Empty(await SearchAsync(store, "share article", 10));
        Assert.Single(await SearchAsync(store, "Geneva", 10));
    }

    [StoreFact]
    public async Task Search_handles_text_outside_the_basic_multilingual_plane()
    {
        await using var store = await OpenStoreAsync();
        var document = TestDocuments.Lines("emoji", "😀 Київ ceasefire 😀 holds.", "Київ is quiet.");
        await store.AddAsync(document);

        var hit = Assert.Single(await SearchAsync(store, "ceasefire київ", 10));

        Assert.Equal(0, hit.Start);
        Assert.Equal("😀 Київ ceasefire 😀 holds.".Length, hit.End);
        Assert.Equal(document.Text[hit.Start..hit.End], hit.Text);
    }

    [StoreFact]
    public async Task Remove_deletes_the_document_its_layers_and_its_search_entries()
    {
        await using var store = await OpenStoreAsync();
        var kept = TestDocuments.Lines("kept", "The ceasefire holds.");
        var removed = TestDocuments.Full();
        await store.AddAsync(kept);
        await store.AddAsync(removed);

        Assert.True(await store.RemoveAsync(removed.Id));
        Assert.False(await store.RemoveAsync(removed.Id));
        Assert.False(await store.RemoveAsync("0000000000000000"));

        Assert.Null(await store.GetAsync(removed.Id));
        Assert.Equal(1, await store.CountAsync());
        Assert.Equal(kept.Id, Assert.Single(await SearchAsync(store, "ceasefire", 10)).DocumentId);
        Assert.True(await store.AddAsync(removed));
        TestDocuments.AssertSame(removed, await store.GetAsync(removed.Id));
        Assert.Equal(3, await CountHitsAsync(store, "ceasefire"));
    }

    [StoreFact]
    public async Task Documents_persist_across_store_instances()
    {
        var document = TestDocuments.Full();
        await using (var first = await OpenStoreAsync())
        {
            await first.AddAsync(document);
        }

        await using var second = await OpenStoreAsync();

        Assert.Equal(1, await second.CountAsync());
        TestDocuments.AssertSame(document, await second.GetAsync(document.Id));
        Assert.NotEmpty(await SearchAsync(second, "Geneva", 10));
        Assert.False(await second.AddAsync(document));
    }

    [StoreFact]
    public async Task Parallel_adds_of_the_same_document_add_it_once()
    {
        await using var store = await OpenStoreAsync();
        await using var other = await OpenStoreAsync();
        var document = TestDocuments.Full();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => (i % 2 == 0 ? store : other).AddAsync(document))));

        Assert.Equal(1, results.Count(added => added));
        Assert.Equal(1, await store.CountAsync());
        Assert.Equal(2, await CountHitsAsync(store, "ceasefire"));
    }

    [StoreFact]
    public async Task Parallel_adds_of_different_documents_all_arrive()
    {
        await using var store = await OpenStoreAsync();
        var documents = Enumerable.Range(0, 40).Select(i => TestDocuments.Lines($"d{i}", $"Report {i} on the ceasefire.")).ToList();
        var ids = new ConcurrentBag<string>();

        await Task.WhenAll(documents.Select(d => Task.Run(async () =>
        {
            Assert.True(await store.AddAsync(d));
            ids.Add(d.Id);
        })));

        Assert.Equal(40, await store.CountAsync());
        Assert.Equal(40, (await SearchAsync(store, "ceasefire", 100)).Count);
    }

    [StoreFact]
    public async Task A_document_can_be_read_while_search_hits_are_being_enumerated()
    {
        await using var store = await OpenStoreAsync();
        await store.AddAsync(TestDocuments.Full());
        await store.AddAsync(TestDocuments.Lines("b", "Another ceasefire."));

        var sources = new List<string>();
        await foreach (var hit in store.SearchAsync("ceasefire", 10))
        {
            sources.Add((await store.GetAsync(hit.DocumentId))!.Metadata.Source);
        }

        Assert.Equal(3, sources.Count);
    }

    protected static async Task<List<SentenceHit>> SearchAsync(IDocumentStore store, string query, int limit)
    {
        var hits = new List<SentenceHit>();
        await foreach (var hit in store.SearchAsync(query, limit))
        {
            hits.Add(hit);
        }

        return hits;
    }

    private static async Task<int> CountHitsAsync(IDocumentStore store, string query) => (await SearchAsync(store, query, 1000)).Count;
}
