using Dossier.Core;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage;

/// <summary>
/// The SQLite schema and its migrations. The version lives in PRAGMA user_version; PRAGMA application_id
/// marks the file as Dossier's. Each migration runs in its own IMMEDIATE transaction, which re-reads the
/// version first, so two programs opening the same old file at once migrate it once.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"Doss" in ASCII: marks a SQLite file as a Dossier database.</summary>
    public const int ApplicationId = 0x446F7373;

    /// <summary>A migration: brings the schema from Version - 1 to Version.</summary>
    public sealed record Migration(int Version, string Description, Action<SqliteConnection, SqliteTransaction> Apply);

    /// <summary>All migrations, in order. Never edit one that has shipped; add a new one.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents and annotation layers", CreateBaseTables),
        new(2, "full-text index over sentences (FTS5), backfilled from stored layers", CreateSentenceIndex),
        new(3, "where the publication date came from", AddPublishedFrom),
    ];

    /// <summary>The version this program writes.</summary>
    public static int Current => Migrations[^1].Version;

    /// <summary>
    /// Checks that the open database is a Dossier database this program can use and migrates it to
    /// <paramref name="target"/> (the current version unless a test asks for an older one).
    /// </summary>
    public static void Migrate(SqliteConnection connection, string path, int? target = null)
    {
        var goal = target ?? Current;
        var version = Scalar(connection, "PRAGMA user_version");
        var applicationId = Scalar(connection, "PRAGMA application_id");
        if (applicationId != ApplicationId
            && (applicationId != 0 || version != 0 || Scalar(connection, "SELECT count(*) FROM sqlite_master") != 0))
        {
            throw new StoreException($"{path}: not a Dossier database (it belongs to another program)");
        }

        if (version > Current)
        {
            throw new StoreException($"{path}: database schema version {version} is newer than this program supports ({Current})");
        }

        if (version >= goal)
        {
            return;
        }

        // Persistent, so it only does work the first time; must run outside a transaction.
        Execute(connection, null, "PRAGMA journal_mode=WAL");
        foreach (var migration in Migrations)
        {
            if (migration.Version > goal)
            {
                break;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            if (Scalar(connection, "PRAGMA user_version", transaction) >= migration.Version)
            {
                continue;
            }

            migration.Apply(connection, transaction);
            Execute(connection, transaction, $"PRAGMA user_version = {migration.Version}");
            transaction.Commit();
        }
    }

    private static void CreateBaseTables(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, $"""
            PRAGMA application_id = {ApplicationId};
            CREATE TABLE documents (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order; never reused
                id TEXT NOT NULL UNIQUE,                -- content hash
                text TEXT NOT NULL,
                source TEXT NOT NULL,
                format TEXT NOT NULL,
                title TEXT,
                url TEXT,
                published TEXT,                         -- ISO 8601 round-trip ("o")
                authors TEXT NOT NULL DEFAULT '[]',     -- JSON array of strings
                site_name TEXT,
                language TEXT,
                source_map BLOB,                        -- LayerCodec source map, or NULL
                added_at TEXT NOT NULL
            );
            CREATE TABLE annotations (
                doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                name TEXT NOT NULL,                     -- AnnotationKey.Name
                data BLOB NOT NULL,                     -- LayerCodec blob
                PRIMARY KEY (doc_seq, name)
            ) WITHOUT ROWID;
            """);

    private static void AddPublishedFrom(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, "ALTER TABLE documents ADD COLUMN published_from TEXT");

    private static void CreateSentenceIndex(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, """
            CREATE TABLE sentences (
                id INTEGER PRIMARY KEY,
                doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX sentences_by_document ON sentences(doc_seq);
            CREATE VIRTUAL TABLE sentence_fts USING fts5(
                text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER sentences_after_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text);
            END;
            CREATE TRIGGER sentences_after_delete AFTER DELETE ON sentences BEGIN
                INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END;
            """);

        var rows = new List<(long Seq, string Text, byte[] Sentences, byte[]? Excluded)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = """
                SELECT d.seq, d.text, s.data, x.data
                FROM documents d
                JOIN annotations s ON s.doc_seq = d.seq AND s.name = 'sentences'
                LEFT JOIN annotations x ON x.doc_seq = d.seq AND x.name = 'excluded'
                ORDER BY d.seq
                """;
            using var reader = select.ExecuteReader();
            while (reader.Read())
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

            InsertSentences(connection, transaction, seq, text, LayerCodec.DecodeSentences(sentenceData), probe.Get(Layers.Excluded));
        }
    }

    /// <summary>Adds a document's searchable sentences to the index.</summary>
    public static void InsertSentences(
        SqliteConnection connection, SqliteTransaction transaction, long seq, string text,
        IReadOnlyList<Sentence> sentences, IReadOnlyList<ExcludedRegion> excluded)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO sentences (doc_seq, start_offset, end_offset, text) VALUES ($seq, $start, $end, $text)";
        var pSeq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var pStart = insert.Parameters.Add("$start", SqliteType.Integer);
        var pEnd = insert.Parameters.Add("$end", SqliteType.Integer);
        var pText = insert.Parameters.Add("$text", SqliteType.Text);
        pSeq.Value = seq;
        foreach (var (start, end, sentenceText) in DocumentFields.SearchableSentences(text, sentences, excluded))
        {
            pStart.Value = start;
            pEnd.Value = end;
            pText.Value = sentenceText;
            insert.ExecuteNonQuery();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
