using System.Globalization;
using System.Runtime.CompilerServices;
using Dossier.Core;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with an FTS5 index over sentences. Each operation
/// takes its own pooled connection, so the store can be used from several threads at once and a caller may
/// read a document while enumerating search hits. Other processes may use the same file; writers wait for
/// each other up to the busy timeout.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>How long a statement waits for another writer before the store reports the file as locked.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private static int s_initialized;
    private readonly string _connectionString;
    private int _disposed;

    private SqliteDocumentStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The database file as given to <see cref="OpenAsync"/>.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file and schema when absent and migrating
    /// an older schema forward. Throws <see cref="StoreException"/> when the file cannot be used.
    /// </summary>
    public static Task<SqliteDocumentStore> OpenAsync(string path, CancellationToken ct = default) => OpenAtVersionAsync(path, null, ct);

    /// <summary>Opens the store, migrating only up to <paramref name="targetVersion"/> (tests build old databases with it).</summary>
    internal static async Task<SqliteDocumentStore> OpenAtVersionAsync(string path, int? targetVersion, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ct.ThrowIfCancellationRequested();
        if (Interlocked.Exchange(ref s_initialized, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }

        if (Directory.Exists(path))
        {
            throw new StoreException($"{path}: is a directory, not a database file");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"{path}: cannot create the database (directory {directory} does not exist)");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        var store = new SqliteDocumentStore(path, connectionString);
        try
        {
            await using var connection = await store.OpenConnectionAsync(ct);
            SqliteSchema.Migrate(connection, path, targetVersion);
            return store;
        }
        catch (SqliteException ex)
        {
            await store.DisposeAsync();
            throw Translate(path, ex);
        }
        catch (FormatException ex)
        {
            await store.DisposeAsync();
            throw new StoreException($"{path}: database content is damaged ({ex.Message})", ex);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<bool> AddAsync(Document document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ThrowIfDisposed();
        if (DocumentFields.Unstorable(document, nulAllowed: true) is string reason)
        {
            throw new StoreException($"{Path}: cannot store document {document.Id}: {reason}");
        }

        // Encode before taking the write lock: it is the CPU-heavy part.
        var annotations = LayerCodec.EncodeAll(document);
        var sourceMap = document.SourceMap is null ? null : LayerCodec.EncodeSourceMap(document.SourceMap);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            using var transaction = connection.BeginTransaction(deferred: false);
            long seq;
            using (var insert = Command(connection, transaction, """
                INSERT INTO documents (id, text, source, format, title, url, published, authors, site_name, language, source_map, added_at, published_from)
                VALUES ($id, $text, $source, $format, $title, $url, $published, $authors, $site, $language, $map, $added, $publishedFrom)
                ON CONFLICT (id) DO NOTHING
                RETURNING seq
                """))
            {
                var m = document.Metadata;
                insert.Parameters.AddWithValue("$id", document.Id);
                insert.Parameters.AddWithValue("$text", document.Text);
                insert.Parameters.AddWithValue("$source", m.Source);
                insert.Parameters.AddWithValue("$format", m.Format);
                insert.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
                insert.Parameters.AddWithValue("$url", (object?)m.Url ?? DBNull.Value);
                insert.Parameters.AddWithValue("$published", (object?)DocumentFields.FormatPublished(m.Published) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$publishedFrom", (object?)m.PublishedFrom ?? DBNull.Value);
                insert.Parameters.AddWithValue("$authors", DocumentFields.FormatAuthors(m.Authors));
                insert.Parameters.AddWithValue("$site", (object?)m.SiteName ?? DBNull.Value);
                insert.Parameters.AddWithValue("$language", (object?)m.Language ?? DBNull.Value);
                insert.Parameters.Add("$map", SqliteType.Blob).Value = (object?)sourceMap ?? DBNull.Value;
                insert.Parameters.AddWithValue("$added", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
                var result = await insert.ExecuteScalarAsync(ct);
                if (result is null)
                {
                    return false;
                }

                seq = (long)result;
            }

            using (var layer = Command(connection, transaction, "INSERT INTO annotations (doc_seq, name, data) VALUES ($seq, $name, $data)"))
            {
                layer.Parameters.AddWithValue("$seq", seq);
                var name = layer.Parameters.Add("$name", SqliteType.Text);
                var data = layer.Parameters.Add("$data", SqliteType.Blob);
                foreach (var (key, bytes) in annotations)
                {
                    name.Value = key;
                    data.Value = bytes;
                    await layer.ExecuteNonQueryAsync(ct);
                }
            }

            SqliteSchema.InsertSentences(connection, transaction, seq, document.Text, document.Get(Layers.Sentences), document.Get(Layers.Excluded));
            transaction.Commit();
            return true;
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    /// <inheritdoc/>
    public async Task<Document?> GetAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            using var select = Command(connection, null, SelectDocument + " WHERE id = $id");
            select.Parameters.AddWithValue("$id", id);
            using var reader = await select.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? await ReadDocumentAsync(connection, reader, ct) : null;
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
        catch (FormatException ex)
        {
            throw Damaged(ex);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> GetAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        ThrowIfDisposed();

        // Pages by seq rather than holding one reader open, so a slow consumer never pins a WAL snapshot.
        const int PageSize = 64;
        long after = 0;
        while (true)
        {
            List<(long Seq, Document Document)> page;
            try
            {
                page = await ReadPageAsync(after, PageSize, ct);
            }
            catch (SqliteException ex)
            {
                throw Translate(Path, ex);
            }
            catch (FormatException ex)
            {
                throw Damaged(ex);
            }

            foreach (var (_, document) in page)
            {
                yield return document;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Seq;
        }
    }

    /// <inheritdoc/>
    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        ThrowIfDisposed();
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            using var count = Command(connection, null, "SELECT count(*) FROM documents");
            return Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SentenceHit> SearchAsync(string query, int limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ThrowIfDisposed();
        var match = SearchQuery.ToFts5(query);
        if (match is null || limit <= 0)
        {
            yield break;
        }

        List<SentenceHit> hits;
        try
        {
            hits = await SearchCoreAsync(match, limit, ct);
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }

        foreach (var hit in hits)
        {
            yield return hit;
        }
    }

    /// <inheritdoc/>
    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            using var transaction = connection.BeginTransaction(deferred: false);

            // Explicit deletes rather than relying on cascades, so the FTS delete trigger surely fires.
            using var delete = Command(connection, transaction, """
                DELETE FROM sentences WHERE doc_seq = (SELECT seq FROM documents WHERE id = $id);
                DELETE FROM annotations WHERE doc_seq = (SELECT seq FROM documents WHERE id = $id);
                DELETE FROM documents WHERE id = $id;
                SELECT changes();
                """);
            delete.Parameters.AddWithValue("$id", id);
            var removed = Convert.ToInt64(await delete.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
            transaction.Commit();
            return removed;
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    /// <summary>Releases the pooled connections to the file.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Turns an SQLite error into a one-line message naming the path.</summary>
    internal static StoreException Translate(string path, SqliteException ex)
    {
        var reason = SQLitePCL.raw.sqlite3_errstr(ex.SqliteErrorCode).utf8_to_string();
        var message = (ex.SqliteErrorCode & 0xFF) switch
        {
            SQLitePCL.raw.SQLITE_NOTADB => $"{path}: not a Dossier database ({reason})",
            SQLitePCL.raw.SQLITE_CORRUPT => $"{path}: database file is damaged ({reason})",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => $"{path}: database is locked by another program ({reason})",
            SQLitePCL.raw.SQLITE_CANTOPEN => $"{path}: cannot open database ({reason})",
            SQLitePCL.raw.SQLITE_READONLY => $"{path}: database is read-only ({reason})",
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => $"{path}: permission denied ({reason})",
            SQLitePCL.raw.SQLITE_FULL => $"{path}: disk is full ({reason})",
            SQLitePCL.raw.SQLITE_IOERR => $"{path}: cannot read or write the database ({reason})",
            _ => $"{path}: database error ({ex.Message.ReplaceLineEndings(" ")})",
        };
        return new StoreException(message, ex);
    }

    private const string SelectDocument =
        "SELECT seq, text, source, format, title, url, published, authors, site_name, language, source_map, published_from FROM documents";

    private async Task<List<(long, Document)>> ReadPageAsync(long after, int pageSize, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        using var transaction = connection.BeginTransaction(deferred: true);
        using var select = Command(connection, transaction, SelectDocument + " WHERE seq > $after ORDER BY seq LIMIT $limit");
        select.Parameters.AddWithValue("$after", after);
        select.Parameters.AddWithValue("$limit", pageSize);
        var page = new List<(long, Document)>();
        using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            page.Add((reader.GetInt64(0), await ReadDocumentAsync(connection, reader, ct)));
        }

        return page;
    }

    private async Task<List<SentenceHit>> SearchCoreAsync(string match, int limit, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        using var select = Command(connection, null, """
            SELECT d.id, s.start_offset, s.end_offset, s.text, bm25(sentence_fts) AS rank
            FROM sentence_fts
            JOIN sentences s ON s.id = sentence_fts.rowid
            JOIN documents d ON d.seq = s.doc_seq
            WHERE sentence_fts MATCH $match
            ORDER BY rank, d.seq, s.start_offset
            LIMIT $limit
            """);
        select.Parameters.AddWithValue("$match", match);
        select.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SentenceHit>();
        using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // bm25() is lower-is-better; the public score is higher-is-better.
            hits.Add(new SentenceHit(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), -reader.GetDouble(4)));
        }

        return hits;
    }

    private static async Task<Document> ReadDocumentAsync(SqliteConnection connection, SqliteDataReader row, CancellationToken ct)
    {
        var seq = row.GetInt64(0);
        var text = row.GetString(1);
        var metadata = new SourceMetadata
        {
            Source = row.GetString(2),
            Format = row.GetString(3),
            Title = row.IsDBNull(4) ? null : row.GetString(4),
            Url = row.IsDBNull(5) ? null : row.GetString(5),
            Published = DocumentFields.ParsePublished(row.IsDBNull(6) ? null : row.GetString(6)),
            Authors = DocumentFields.ParseAuthors(row.IsDBNull(7) ? null : row.GetString(7)),
            SiteName = row.IsDBNull(8) ? null : row.GetString(8),
            Language = row.IsDBNull(9) ? null : row.GetString(9),
            PublishedFrom = row.IsDBNull(11) ? null : row.GetString(11),
        };
        var document = new Document(text, metadata)
        {
            SourceMap = row.IsDBNull(10) ? null : LayerCodec.DecodeSourceMap((byte[])row[10]),
        };

        using var layers = connection.CreateCommand();
        layers.CommandText = "SELECT name, data FROM annotations WHERE doc_seq = $seq";
        layers.Parameters.AddWithValue("$seq", seq);
        using var reader = await layers.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            LayerCodec.Apply(document, reader.GetString(0), (byte[])reader[1]);
        }

        return document;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            using var pragma = connection.CreateCommand();
            // WAL with synchronous=NORMAL cannot corrupt the file; a power cut may lose the last commits, which
            // re-ingesting restores (adds are idempotent by content hash).
            pragma.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private StoreException Damaged(FormatException ex) => new($"{Path}: database content is damaged ({ex.Message})", ex);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
