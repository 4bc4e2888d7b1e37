using Dossier.Core;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>The conformance suite against a SQLite file in a temporary directory.</summary>
public sealed class SqliteConformanceTests : DocumentStoreConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IDocumentStore> OpenStoreAsync() => await SqliteDocumentStore.OpenAsync(_folder.File("store.db"));

    public void Dispose() => _folder.Dispose();
}

/// <summary>What only the SQLite store does: files, schema versions, migrations, error messages.</summary>
public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Opening_creates_the_file_and_schema_in_wal_mode()
    {
        var path = _folder.File("new.db");

        await using (await SqliteDocumentStore.OpenAsync(path))
        {
        }

        Assert.True(File.Exists(path));
        Assert.Equal("wal", Pragma(path, "journal_mode"));
        Assert.Equal(SqliteSchema.Current, Convert.ToInt32(Pragma(path, "user_version")));
        Assert.Equal(SqliteSchema.ApplicationId, Convert.ToInt32(Pragma(path, "application_id")));
    }

    [Fact]
    public async Task Text_with_NUL_characters_round_trips()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(_folder.File("nul.db"));
        var document = TestDocuments.Lines("nul.txt", "before\0after ceasefire", "\0");

        await store.AddAsync(document);

        TestDocuments.AssertSame(document, await store.GetAsync(document.Id));
    }

    [Fact]
    public async Task An_empty_file_becomes_a_new_database()
    {
        var path = _folder.File("empty.db");
        await File.WriteAllBytesAsync(path, []);

        await using var store = await SqliteDocumentStore.OpenAsync(path);

        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_one_clear_error()
    {
        var path = _folder.File("fake.db");
        await File.WriteAllTextAsync(path, "this is not a database, just text that is long enough to have a header....");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Equal($"{path}: not a Dossier database (file is not a database)", error.Message);
        Assert.Equal("this is not a database, just text that is long enough to have a header....", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task A_sqlite_database_of_another_program_is_refused_and_left_alone()
    {
        var path = _folder.File("other.db");
        Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Equal($"{path}: not a Dossier database (it belongs to another program)", error.Message);
        Assert.Equal("0", Pragma(path, "user_version"));
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_version_is_refused()
    {
        var path = _folder.File("newer.db");
        await using (await SqliteDocumentStore.OpenAsync(path))
        {
        }

        Execute(path, "PRAGMA user_version = 99");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Equal($"{path}: database schema version 99 is newer than this program supports ({SqliteSchema.Current})", error.Message);
    }

    [Fact]
    public async Task A_directory_is_not_a_database()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(_folder.Path));

        Assert.Equal($"{_folder.Path}: is a directory, not a database file", error.Message);
    }

    [Fact]
    public async Task A_path_in_a_missing_directory_is_one_clear_error()
    {
        var path = Path.Combine(_folder.Path, "missing", "story.db");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.StartsWith($"{path}: cannot create the database (directory ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_forward_and_its_sentences_become_searchable()
    {
        // Version 1 had no column for where the date came from, so a migrated row has none.
        var path = _folder.File("v1.db");
        var document = TestDocuments.Full(publishedFrom: null);
        var plain = new Document("No layers at all in this one.", new SourceMetadata { Source = "plain.txt" });
        await using (await SqliteDocumentStore.OpenAtVersionAsync(path, 1, default))
        {
        }

        Assert.Equal("1", Pragma(path, "user_version"));
        Assert.Equal("0", Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'sentences'"));
        WriteVersion1Row(path, document);
        WriteVersion1Row(path, plain);

        await using var store = await SqliteDocumentStore.OpenAsync(path);

        Assert.Equal(SqliteSchema.Current.ToString(), Pragma(path, "user_version"));
        Assert.Equal(2, await store.CountAsync());
        TestDocuments.AssertSame(document, await store.GetAsync(document.Id));
        TestDocuments.AssertSame(plain, await store.GetAsync(plain.Id));
        var hits = new List<SentenceHit>();
        await foreach (var hit in store.SearchAsync("ceasefire", 10))
        {
            hits.Add(hit);
        }

        Assert.Equal(2, hits.Count);
        Assert.All(hits, hit => Assert.Equal(document.Text[hit.Start..hit.End], hit.Text));
        Assert.Empty(await ToListAsync(store.SearchAsync("Reuters", 10)));
        Assert.False(await store.AddAsync(document));
    }

    [Fact]
    public async Task Two_programs_opening_an_old_database_at_once_migrate_it_once()
    {
        var path = _folder.File("race.db");
        await using (await SqliteDocumentStore.OpenAtVersionAsync(path, 1, default))
        {
        }

        WriteVersion1Row(path, TestDocuments.Full());

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteDocumentStore.OpenAsync(path))));
        try
        {
            Assert.Equal(2, (await ToListAsync(stores[0].SearchAsync("ceasefire", 10))).Count);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_database_is_shared_with_another_open_store_on_the_same_file()
    {
        var path = _folder.File("shared.db");
        await using var writer = await SqliteDocumentStore.OpenAsync(path);
        await using var reader = await SqliteDocumentStore.OpenAsync(path);

        await writer.AddAsync(TestDocuments.Full());

        Assert.Equal(1, await reader.CountAsync());
    }

    [Fact]
    public async Task Damaged_layer_data_is_reported_as_a_store_error_naming_the_path()
    {
        var path = _folder.File("damaged.db");
        var document = TestDocuments.Full();
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await store.AddAsync(document);
        Execute(path, "UPDATE annotations SET data = x'01FFFFFFFFFF' WHERE name = 'tokens'");

        var error = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync(document.Id));

        Assert.StartsWith($"{path}: database content is damaged (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_error_during_use_names_the_path()
    {
        var path = _folder.File("locked.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);

        // Drop a table behind the store's back: the next statement fails inside SQLite.
        Execute(path, "DROP TABLE annotations");

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync(TestDocuments.Full()));

        Assert.StartsWith($"{path}: database error (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(5, "db: database is locked by another program (database is locked)")]
    [InlineData(26, "db: not a Dossier database (file is not a database)")]
    [InlineData(11, "db: database file is damaged (database disk image is malformed)")]
    [InlineData(8, "db: database is read-only (attempt to write a readonly database)")]
    [InlineData(13, "db: disk is full (database or disk is full)")]
    [InlineData(14, "db: cannot open database (unable to open database file)")]
    public void SQLite_errors_become_one_line_messages_naming_the_path(int code, string expected)
    {
        SQLitePCL.Batteries_V2.Init();

        Assert.Equal(expected, SqliteDocumentStore.Translate("db", new SqliteException("x", code)).Message);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Writes a document the way version 1 of the schema stored it: a row and its annotation blobs.</summary>
    private static void WriteVersion1Row(string path, Document document)
    {
        using var connection = Connect(path);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO documents (id, text, source, format, title, url, published, authors, site_name, language, source_map, added_at)
            VALUES ($id, $text, $source, $format, $title, $url, $published, $authors, $site, $language, $map, '2025-01-01T00:00:00Z');
            SELECT last_insert_rowid();
            """;
        var m = document.Metadata;
        insert.Parameters.AddWithValue("$id", document.Id);
        insert.Parameters.AddWithValue("$text", document.Text);
        insert.Parameters.AddWithValue("$source", m.Source);
        insert.Parameters.AddWithValue("$format", m.Format);
        insert.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
        insert.Parameters.AddWithValue("$url", (object?)m.Url ?? DBNull.Value);
        insert.Parameters.AddWithValue("$published", (object?)m.Published?.ToString("o") ?? DBNull.Value);
        insert.Parameters.AddWithValue("$authors", System.Text.Json.JsonSerializer.Serialize(m.Authors));
        insert.Parameters.AddWithValue("$site", (object?)m.SiteName ?? DBNull.Value);
        insert.Parameters.AddWithValue("$language", (object?)m.Language ?? DBNull.Value);
        insert.Parameters.AddWithValue("$map", document.SourceMap is null ? DBNull.Value : LayerCodec.EncodeSourceMap(document.SourceMap));
        var seq = (long)insert.ExecuteScalar()!;
        foreach (var (name, data) in LayerCodec.EncodeAll(document))
        {
            using var layer = connection.CreateCommand();
            layer.Transaction = transaction;
            layer.CommandText = "INSERT INTO annotations (doc_seq, name, data) VALUES ($seq, $name, $data)";
            layer.Parameters.AddWithValue("$seq", seq);
            layer.Parameters.AddWithValue("$name", name);
            layer.Parameters.AddWithValue("$data", data);
            layer.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteConnection Connect(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Pragma(string path, string name) => Scalar(path, $"PRAGMA {name}");

    private static string Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
