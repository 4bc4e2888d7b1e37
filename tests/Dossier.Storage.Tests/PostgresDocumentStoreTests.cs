using Dossier.Core;
using Npgsql;

namespace Dossier.Storage.Tests;

/// <summary>The conformance suite against a real PostgreSQL server, one fresh schema per test.</summary>
[RequiresPostgres]
[Collection("postgres")]
public sealed class PostgresConformanceTests(PostgresServer server) : DocumentStoreConformanceTests
{
    private string _connectionString = "";

    public override async Task InitializeAsync() => _connectionString = await server.CreateSchemaAsync();

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await server.DropSchemaAsync(_connectionString);
    }

    protected override async Task<IDocumentStore> OpenStoreAsync() => await PostgresDocumentStore.OpenAsync(_connectionString);
}

/// <summary>What only the PostgreSQL store does: schema versions, migrations, server errors.</summary>
[RequiresPostgres]
[Collection("postgres")]
public sealed class PostgresDocumentStoreTests(PostgresServer server) : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await server.CreateSchemaAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await server.DropSchemaAsync(_connectionString);
    }

    [StoreFact]
    public async Task A_database_from_a_newer_schema_version_is_refused()
    {
        await using (var store = await PostgresDocumentStore.OpenAsync(_connectionString))
        {
            await server.ExecuteAsync("UPDATE dossier_schema SET version = 99", _connectionString);
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => PostgresDocumentStore.OpenAsync(_connectionString));

        Assert.Matches(@"^postgresql://127\.0\.0\.1:\d+/\w+: database schema version 99 is newer than this program supports \(" + PostgresSchema.Current + @"\)$", error.Message);
    }

    [StoreFact]
    public async Task A_version_1_database_is_migrated_forward_and_its_sentences_become_searchable()
    {
        // Version 1 had no column for where the date came from, so a migrated row has none.
        var document = TestDocuments.Full(publishedFrom: null);
        await using (await PostgresDocumentStore.OpenAtVersionAsync(_connectionString, 1, default))
        {
        }

        // What version 1 wrote: the row and its annotation blobs, no sentence index.
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            var m = document.Metadata;
            await using var insert = new NpgsqlCommand(
                "INSERT INTO documents (id, text, source, format, title, url, published, authors, site_name, language, source_map) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING seq", connection)
            {
                Parameters =
                {
                    new() { Value = document.Id }, new() { Value = document.Text }, new() { Value = m.Source }, new() { Value = m.Format },
                    new() { Value = m.Title! }, new() { Value = m.Url! }, new() { Value = m.Published!.Value.ToString("o") },
                    new() { Value = m.Authors.ToArray() }, new() { Value = m.SiteName! }, new() { Value = m.Language! },
                    new() { Value = LayerCodec.EncodeSourceMap(document.SourceMap!) },
                },
            };
            var seq = (long)(await insert.ExecuteScalarAsync())!;
            foreach (var (name, data) in LayerCodec.EncodeAll(document))
            {
                await using var layer = new NpgsqlCommand("INSERT INTO annotations (doc_seq, name, data) VALUES ($1, $2, $3)", connection)
                {
                    Parameters = { new() { Value = seq }, new() { Value = name }, new() { Value = data } },
                };
                await layer.ExecuteNonQueryAsync();
            }
        }

        await using var store = await PostgresDocumentStore.OpenAsync(_connectionString);

        TestDocuments.AssertSame(document, await store.GetAsync(document.Id));
        var hits = new List<SentenceHit>();
        await foreach (var hit in store.SearchAsync("ceasefire", 10))
        {
            hits.Add(hit);
        }

        Assert.Equal(2, hits.Count);
        Assert.All(hits, hit => Assert.Equal(document.Text[hit.Start..hit.End], hit.Text));
    }

    [StoreFact]
    public async Task Text_with_NUL_characters_is_refused_with_a_store_error()
    {
        await using var store = await PostgresDocumentStore.OpenAsync(_connectionString);
        var document = new Document("before\0after", new SourceMetadata { Source = "nul.txt" });

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync(document));

        Assert.EndsWith($": cannot store document {document.Id}: it contains NUL characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync());
    }
}

/// <summary>PostgreSQL errors that need no server.</summary>
public sealed class PostgresConnectionErrorTests
{
    [Fact]
    public async Task A_server_that_is_not_there_is_one_clear_error()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var error = await Assert.ThrowsAsync<StoreException>(() =>
            PostgresDocumentStore.OpenAsync($"Host=127.0.0.1;Port={port};Username=nobody;Database=nowhere;Timeout=3"));

        Assert.StartsWith($"postgresql://127.0.0.1:{port}/nowhere: cannot reach the server (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_bad_connection_string_is_one_clear_error()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => PostgresDocumentStore.OpenAsync("Hostt=x;;=="));

        Assert.StartsWith("PostgreSQL: invalid connection string (", error.Message, StringComparison.Ordinal);
    }
}
