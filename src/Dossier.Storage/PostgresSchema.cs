using Dossier.Core;
using Npgsql;

namespace Dossier.Storage;

/// <summary>
/// The PostgreSQL schema and its migrations, in the first schema of the connection's search_path. The
/// version lives in the one-row table dossier_schema. Each migration runs in its own transaction holding an
/// advisory lock and re-reads the version first, so concurrent openers migrate once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Advisory lock key serialising schema changes ("Doss").</summary>
    private const long LockKey = 0x446F7373;

    /// <summary>A migration: brings the schema from Version - 1 to Version.</summary>
    public sealed record Migration(int Version, string Description, Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> ApplyAsync);

    /// <summary>All migrations, in order. Never edit one that has shipped; add a new one.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents and annotation layers", CreateBaseTablesAsync),
        new(2, "full-text index over sentences (tsvector + GIN), backfilled from stored layers", CreateSentenceIndexAsync),
        new(3, "where the publication date came from", AddPublishedFromAsync),
    ];

    /// <summary>The version this program writes.</summary>
    public static int Current => Migrations[^1].Version;

    /// <summary>Creates or migrates the schema up to <paramref name="target"/> (default: current).</summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string name, int? target, CancellationToken ct)
    {
        var goal = target ?? Current;
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await LockAsync(connection, transaction, ct);
            await ExecuteAsync(connection, transaction, """
                CREATE TABLE IF NOT EXISTS dossier_schema (
                    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                    version integer NOT NULL);
                INSERT INTO dossier_schema (version) VALUES (0) ON CONFLICT DO NOTHING;
                """, ct);
            var version = await VersionAsync(connection, transaction, ct);
            if (version > Current)
            {
                throw new StoreException($"{name}: database schema version {version} is newer than this program supports ({Current})");
            }

            await transaction.CommitAsync(ct);
        }

        foreach (var migration in Migrations)
        {
            if (migration.Version > goal)
            {
                break;
            }

            await using var transaction = await connection.BeginTransactionAsync(ct);
            await LockAsync(connection, transaction, ct);
            if (await VersionAsync(connection, transaction, ct) >= migration.Version)
            {
                continue;
            }

            await migration.ApplyAsync(connection, transaction, ct);
            await using (var update = new NpgsqlCommand("UPDATE dossier_schema SET version = $1", connection, transaction))
            {
                update.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                await update.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }
    }

    private static Task CreateBaseTablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, """
            CREATE TABLE documents (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- insertion order
                id text NOT NULL UNIQUE,                              -- content hash
                text text NOT NULL,
                source text NOT NULL,
                format text NOT NULL,
                title text,
                url text,
                published text,                                       -- ISO 8601 round-trip ("o"): keeps ticks and offset
                authors text[] NOT NULL DEFAULT '{}',
                site_name text,
                language text,
                source_map bytea,                                     -- LayerCodec source map
                added_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE annotations (
                doc_seq bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                name text NOT NULL,                                   -- AnnotationKey.Name
                data bytea NOT NULL,                                  -- LayerCodec blob
                PRIMARY KEY (doc_seq, name)
            );
            """, ct);

    private static Task AddPublishedFromAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, "ALTER TABLE documents ADD COLUMN published_from text", ct);

    private static async Task CreateSentenceIndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE sentences (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                doc_seq bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                text text NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
            );
            CREATE INDEX sentences_by_document ON sentences (doc_seq);
            CREATE INDEX sentences_search ON sentences USING gin (tsv);
            """, ct);

        var rows = new List<(long Seq, string Text, byte[] Sentences, byte[]? Excluded)>();
        await using (var select = new NpgsqlCommand("""
            SELECT d.seq, d.text, s.data, x.data
            FROM documents d
            JOIN annotations s ON s.doc_seq = d.seq AND s.name = 'sentences'
            LEFT JOIN annotations x ON x.doc_seq = d.seq AND x.name = 'excluded'
            ORDER BY d.seq
            """, connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), (byte[])reader[2], reader.IsDBNull(3) ? null : (byte[])reader[3]));
            }
        }

        foreach (var (seq, text, sentenceData, excludedData) in rows)
        {
            var probe = new Document(text, new SourceMetadata { Source = "" });
            if (excludedData is not null)
            {
                LayerCodec.Apply(probe, Layers.Excluded.Name, excludedData);
            }

            await InsertSentencesAsync(connection, transaction, seq, text, LayerCodec.DecodeSentences(sentenceData), probe.Get(Layers.Excluded), ct);
        }
    }

    /// <summary>Adds a document's searchable sentences to the index in one statement.</summary>
    public static async Task InsertSentencesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long seq, string text,
        IReadOnlyList<Sentence> sentences, IReadOnlyList<ExcludedRegion> excluded, CancellationToken ct)
    {
        var rows = DocumentFields.SearchableSentences(text, sentences, excluded).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand("""
            INSERT INTO sentences (doc_seq, start_offset, end_offset, text)
            SELECT $1, s, e, t FROM unnest($2::integer[], $3::integer[], $4::text[]) AS u(s, e, t)
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = seq });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Start).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.End).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Text).ToArray() });
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> VersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM dossier_schema", connection, transaction);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
