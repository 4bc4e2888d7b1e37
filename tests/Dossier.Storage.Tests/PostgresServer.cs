using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dossier.Storage.Tests;

/// <summary>
/// A PostgreSQL server for the tests: the one named by DOSSIER_PG (a connection string) when set, otherwise
/// a throwaway server from Debian's postgresql 15 in a temporary directory on a free loopback port
/// (run as the postgres user when we are root, since initdb refuses root), stopped and deleted at the end.
/// Each test works in its own fresh schema. DOSSIER_PG=off skips the PostgreSQL tests.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private string? _directory;

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Why no server can be had here, or null when one can.</summary>
    public static string? UnavailableReason
    {
        get
        {
            var given = Environment.GetEnvironmentVariable("DOSSIER_PG");
            if (string.Equals(given, "off", StringComparison.OrdinalIgnoreCase))
            {
                return "PostgreSQL tests turned off (DOSSIER_PG=off)";
            }

            if (!string.IsNullOrWhiteSpace(given))
            {
                return null;
            }

            if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            {
                return $"PostgreSQL tests need a server: set DOSSIER_PG to a connection string, or install Debian's postgresql 15 ({BinDirectory}/initdb not found)";
            }

            if (IsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)))
            {
                return "PostgreSQL tests need a server: running as root and there is no postgres user to run initdb as; set DOSSIER_PG";
            }

            return null;
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            // Every test that needs the server is reported as skipped with the reason.
            return;
        }

        var given = Environment.GetEnvironmentVariable("DOSSIER_PG");
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        _directory = Directory.CreateTempSubdirectory("dossier-pg-").FullName;
        var port = FreePort();
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:", _directory]);
        }

        var log = Path.Combine(_directory, "pg.log");
        var start =
            $"{BinDirectory}/pg_ctl -D '{_directory}/data' -l '{log}' -w -t 60 " +
            $"-o \"-c listen_addresses=127.0.0.1 -p {port} -k '{_directory}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start";
        try
        {
            // initdb takes seconds on a busy machine; a cluster made once is copied on later runs.
            var template = await TemplateAsync();
            try
            {
                await RunAsShellAsync($"cp -a '{template}' '{_directory}/data' && {start}");
            }
            catch (InvalidOperationException)
            {
                // A stale or damaged template: start from a fresh cluster instead.
                Directory.Delete(template, recursive: true);
                await RunAsShellAsync($"rm -rf '{_directory}/data' && {Initdb(_directory + "/data")} && {start}");
            }
        }
        catch (InvalidOperationException ex)
        {
            var details = string.Join(" | ", new[] { "initdb.log", "pg.log" }
                .Select(f => Path.Combine(_directory, f)).Where(File.Exists).Select(File.ReadAllText));
            throw new InvalidOperationException($"{ex.Message}; logs: {details}", ex);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "dossier",
            Database = "postgres",
        }.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_directory is null)
        {
            return;
        }

        try
        {
            await RunAsShellAsync($"{BinDirectory}/pg_ctl -D '{_directory}/data' -m immediate -w stop");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Creates an empty schema and returns a connection string whose search_path is that schema.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    /// <summary>Drops a schema made by <see cref="CreateSchemaAsync"/>.</summary>
    public Task DropSchemaAsync(string connectionString) =>
        ExecuteAsync($"DROP SCHEMA IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).SearchPath} CASCADE");

    /// <summary>Runs SQL on the maintenance connection.</summary>
    public async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Initdb(string data) =>
        $"{BinDirectory}/initdb -N -D '{data}' -U dossier --auth=trust -E UTF8 --locale=C.UTF-8 >'{data}.initdb.log' 2>&1";

    /// <summary>A cluster made by initdb, kept in the temp directory for later runs.</summary>
    private static async Task<string> TemplateAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"dossier-pg15-template-{(IsRoot ? "postgres" : Environment.UserName)}-v1");
        if (File.Exists(Path.Combine(template, "PG_VERSION")))
        {
            return template;
        }

        var building = Directory.CreateTempSubdirectory("dossier-pg-template-").FullName;
        try
        {
            if (IsRoot)
            {
                await RunAsync("chown", ["postgres:", building]);
            }

            await RunAsShellAsync(Initdb(building + "/data"));
            Directory.Move(building + "/data", template);
        }
        catch (IOException) when (Directory.Exists(template))
        {
            // Another run made it first.
        }
        finally
        {
            Directory.Delete(building, recursive: true);
        }

        return template;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsShellAsync(string script) =>
        IsRoot ? RunAsync("su", ["postgres", "-s", "/bin/sh", "-c", script]) : RunAsync("/bin/sh", ["-c", script]);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await error}");
        }
    }
}

/// <summary>Shares one server among the PostgreSQL test classes.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>;

/// <summary>Skips a class's store tests when no PostgreSQL server can be had.</summary>
public sealed class RequiresPostgresAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason => PostgresServer.UnavailableReason;
}
