using System.Runtime.CompilerServices;
using System.Text;
using Dossier.Core;
using Npgsql;

namespace Dossier.Storage;

/// <summary>
/// The server store: PostgreSQL, with the same tables as the SQLite store and a tsvector/GIN index over
/// sentences for search. Tables live in the first schema of the connection's search_path, so several
/// stores can share one database. Safe to use from several threads and processes at once.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private readonly NpgsqlDataSource _dataSource;
    private int _disposed;

    private PostgresDocumentStore(NpgsqlDataSource dataSource, string name)
    {
        _dataSource = dataSource;
        Name = name;
    }

    /// <summary>The server and database as shown in messages (postgresql://host:port/database; never the password).</summary>
    public string Name { get; }

    /// <summary>
    /// Connects with <paramref name="connectionString"/> (an Npgsql connection string), creating the schema
    /// when absent and migrating an older one forward. Throws <see cref="StoreException"/> when the server
    /// cannot be reached or the schema is newer than this program.
    /// </summary>
    public static Task<PostgresDocumentStore> OpenAsync(string connectionString, CancellationToken ct = default) =>
        OpenAtVersionAsync(connectionString, null, ct);

    /// <summary>Opens the store, migrating only up to <paramref name="targetVersion"/> (tests build old databases with it).</summary>
    internal static async Task<PostgresDocumentStore> OpenAtVersionAsync(string connectionString, int? targetVersion, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"PostgreSQL: invalid connection string ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }

        var name = $"postgresql://{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? ""}";
        var store = new PostgresDocumentStore(NpgsqlDataSource.Create(builder), name);
        try
        {
            await using var connection = await store._dataSource.OpenConnectionAsync(ct);
            await PostgresSchema.MigrateAsync(connection, name, targetVersion, ct);
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or FormatException or TimeoutException)
        {
            await store.DisposeAsync();
            throw store.Translate(ex);
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
        if (DocumentFields.Unstorable(document, nulAllowed: false) is string reason)
        {
            throw new StoreException($"{Name}: cannot store document {document.Id}: {reason}");
        }

        var annotations = LayerCodec.EncodeAll(document);
        var sourceMap = document.SourceMap is null ? null : LayerCodec.EncodeSourceMap(document.SourceMap);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var m = document.Metadata;
            await using var insert = new NpgsqlCommand("""
                INSERT INTO documents (id, text, source, format, title, url, published, authors, site_name, language, source_map, published_from)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                ON CONFLICT (id) DO NOTHING
                RETURNING seq
                """, connection, transaction)
            {
                Parameters =
                {
                    new() { Value = document.Id },
                    new() { Value = document.Text },
                    new() { Value = m.Source },
                    new() { Value = m.Format },
                    new() { Value = (object?)m.Title ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                    new() { Value = (object?)m.Url ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                    new() { Value = (object?)DocumentFields.FormatPublished(m.Published) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                    new() { Value = m.Authors.ToArray() },
                    new() { Value = (object?)m.SiteName ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                    new() { Value = (object?)m.Language ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                    new() { Value = (object?)sourceMap ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea },
                    new() { Value = (object?)m.PublishedFrom ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                },
            };
            if (await insert.ExecuteScalarAsync(ct) is not long seq)
            {
                // Another writer has it; it committed before our insert could conflict.
                await transaction.RollbackAsync(ct);
                return false;
            }

            if (annotations.Count > 0)
            {
                await using var layers = new NpgsqlCommand(
                    "INSERT INTO annotations (doc_seq, name, data) SELECT $1, n, d FROM unnest($2::text[], $3::bytea[]) AS u(n, d)",
                    connection, transaction)
                {
                    Parameters =
                    {
                        new() { Value = seq },
                        new() { Value = annotations.Select(a => a.Name).ToArray() },
                        new() { Value = annotations.Select(a => a.Data).ToArray() },
                    },
                };
                await layers.ExecuteNonQueryAsync(ct);
            }

            await PostgresSchema.InsertSentencesAsync(connection, transaction, seq, document.Text, document.Get(Layers.Sentences), document.Get(Layers.Excluded), ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Translate(ex);
        }
    }

    /// <inheritdoc/>
    public async Task<Document?> GetAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        try
        {
            var page = await ReadDocumentsAsync("WHERE id = $1", [id], ct);
            return page.Count == 0 ? null : page[0].Document;
        }
        catch (Exception ex) when (ex is NpgsqlException or FormatException or TimeoutException)
        {
            throw Translate(ex);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> GetAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        ThrowIfDisposed();
        const int PageSize = 64;
        long after = 0;
        while (true)
        {
            List<(long Seq, Document Document)> page;
            try
            {
                page = await ReadDocumentsAsync($"WHERE seq > $1 ORDER BY seq LIMIT {PageSize}", [after], ct);
            }
            catch (Exception ex) when (ex is NpgsqlException or FormatException or TimeoutException)
            {
                throw Translate(ex);
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
            await using var command = _dataSource.CreateCommand("SELECT count(*) FROM documents");
            return (int)(long)(await command.ExecuteScalarAsync(ct))!;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Translate(ex);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SentenceHit> SearchAsync(string query, int limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ThrowIfDisposed();
        var phrases = SearchQuery.Phrases(query);
        if (phrases.Count == 0 || limit <= 0)
        {
            yield break;
        }

        // One phraseto_tsquery per phrase, all required. The phrases are passed as parameters and hold only
        // letters, digits and marks, so nothing in them is tsquery syntax.
        var tsquery = new StringBuilder();
        for (var i = 0; i < phrases.Count; i++)
        {
            tsquery.Append(i == 0 ? "" : " && ").Append("phraseto_tsquery('simple', $").Append(i + 2).Append(')');
        }

        var sql = $"""
            SELECT d.id, s.start_offset, s.end_offset, s.text, ts_rank(s.tsv, q.query, 1) AS rank
            FROM sentences s
            JOIN documents d ON d.seq = s.doc_seq
            CROSS JOIN (SELECT {tsquery} AS query) q
            WHERE s.tsv @@ q.query
            ORDER BY rank DESC, d.seq, s.start_offset
            LIMIT $1
            """;
        var hits = new List<SentenceHit>();
        try
        {
            await using var command = _dataSource.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = (long)limit });
            foreach (var phrase in phrases)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', phrase) });
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new SentenceHit(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetFloat(4)));
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Translate(ex);
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
            // Annotations and sentences go by ON DELETE CASCADE.
            await using var command = _dataSource.CreateCommand("DELETE FROM documents WHERE id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            return await command.ExecuteNonQueryAsync(ct) > 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Translate(ex);
        }
    }

    /// <summary>Closes the store's connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _dataSource.DisposeAsync();
        }
    }

    /// <summary>Turns a driver or server error into a one-line message naming the server.</summary>
    internal StoreException Translate(Exception ex)
    {
        var message = ex switch
        {
            StoreException store => store.Message,
            FormatException => $"{Name}: database content is damaged ({ex.Message})",
            PostgresException pg => pg.SqlState switch
            {
                "3D000" => $"{Name}: database does not exist ({pg.MessageText})",
                "28000" or "28P01" => $"{Name}: authentication failed ({pg.MessageText})",
                "42501" => $"{Name}: permission denied ({pg.MessageText})",
                "53100" => $"{Name}: disk is full ({pg.MessageText})",
                "53300" => $"{Name}: too many connections ({pg.MessageText})",
                "57P01" or "57P02" or "57P03" => $"{Name}: the server is shutting down or starting up ({pg.MessageText})",
                _ => $"{Name}: database error {pg.SqlState} ({pg.MessageText})",
            },
            TimeoutException or NpgsqlException { InnerException: TimeoutException } => $"{Name}: the server did not answer in time",
            _ => $"{Name}: cannot reach the server ({(ex.InnerException ?? ex).Message})",
        };
        return ex as StoreException ?? new StoreException(message.ReplaceLineEndings(" "), ex);
    }

    private async Task<List<(long Seq, Document Document)>> ReadDocumentsAsync(string where, object[] arguments, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);

        // One snapshot for the rows and their annotations.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var rows = new List<(long Seq, string Text, SourceMetadata Metadata, byte[]? Map)>();
        await using (var select = new NpgsqlCommand(
            "SELECT seq, text, source, format, title, url, published, authors, site_name, language, source_map, published_from FROM documents " + where,
            connection, transaction))
        {
            foreach (var argument in arguments)
            {
                select.Parameters.Add(new NpgsqlParameter { Value = argument });
            }

            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), new SourceMetadata
                {
                    Source = reader.GetString(2),
                    Format = reader.GetString(3),
                    Title = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Url = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Published = DocumentFields.ParsePublished(reader.IsDBNull(6) ? null : reader.GetString(6)),
                    Authors = reader.GetFieldValue<string[]>(7),
                    SiteName = reader.IsDBNull(8) ? null : reader.GetString(8),
                    Language = reader.IsDBNull(9) ? null : reader.GetString(9),
                    PublishedFrom = reader.IsDBNull(11) ? null : reader.GetString(11),
                }, reader.IsDBNull(10) ? null : (byte[])reader[10]));
            }
        }

        var annotations = rows.ToDictionary(r => r.Seq, _ => new List<(string, byte[])>());
        if (rows.Count > 0)
        {
            await using var select = new NpgsqlCommand("SELECT doc_seq, name, data FROM annotations WHERE doc_seq = ANY($1)", connection, transaction);
            select.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Seq).ToArray() });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                annotations[reader.GetInt64(0)].Add((reader.GetString(1), (byte[])reader[2]));
            }
        }

        await transaction.CommitAsync(ct);
        return rows.Select(r => (r.Seq, DocumentFields.Assemble(r.Text, r.Metadata, r.Map, annotations[r.Seq]))).ToList();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
