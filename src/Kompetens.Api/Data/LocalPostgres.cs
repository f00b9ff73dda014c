using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kompetens.Api.Data;

/// <summary>
/// A PostgreSQL cluster run from the machine's own PostgreSQL binaries, for development and tests, so that
/// nobody has to install or configure a database server by hand. Listens on 127.0.0.1 only, trusts local
/// connections, and (as root) runs the server as the <c>postgres</c> OS user, since <c>initdb</c> refuses root.
/// </summary>
public sealed class LocalPostgres
{
    private const string Superuser = "postgres";

    private LocalPostgres(string binDirectory, string dataDirectory, int port)
    {
        BinDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
    }

    public string BinDirectory { get; }
    public string DataDirectory { get; }
    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> on this cluster, as <paramref name="role"/> (default: the superuser).</summary>
    public string ConnectionString(string database, string? role = null) =>
        $"Host=127.0.0.1;Port={Port};Username={role ?? Superuser};Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>
    /// Creates the login <paramref name="roles"/> (the service's owner and service roles, see Data/DatabaseRoles.cs)
    /// unless they exist. The cluster trusts local connections, so they need no password.
    /// </summary>
    public async Task EnsureRolesAsync(CancellationToken cancellationToken, params string[] roles)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var create = new Npgsql.NpgsqlCommand(CreateRolesSql(roles), connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQL that creates <paramref name="roles"/> as plain login roles unless they exist (safe to run concurrently).</summary>
    public static string CreateRolesSql(IEnumerable<string> roles, string? password = null)
    {
        var withPassword = password is null ? "" : $" PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'";
        return string.Join("\n", roles.Select(role => $$"""
            DO $$ BEGIN
                CREATE ROLE "{{role.Replace("\"", "\"\"", StringComparison.Ordinal)}}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE{{withPassword}};
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            """));
    }

    /// <summary>
    /// Starts the cluster in <paramref name="dataDirectory"/>, creating it first if it does not exist, or reuses
    /// it when its server is already running. <paramref name="durable"/> false turns off fsync (tests only).
    /// </summary>
    public static async Task<LocalPostgres> StartAsync(string dataDirectory, bool durable, string? binDirectory = null, CancellationToken cancellationToken = default)
    {
        var bin = binDirectory ?? FindBinaries();
        if (bin is null || !File.Exists(Path.Combine(bin, "initdb")))
        {
            throw new InvalidOperationException(MissingBinariesMessage);
        }

        dataDirectory = Path.GetFullPath(dataDirectory);
        var portFile = Path.Combine(dataDirectory, "kompetens.port");

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            Directory.CreateDirectory(dataDirectory);
            GrantToServerUser(dataDirectory);
            await RunAsync(bin, "initdb", ["-D", dataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"], cancellationToken);
            await File.WriteAllTextAsync(portFile, FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        var port = int.Parse(await File.ReadAllTextAsync(portFile, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var cluster = new LocalPostgres(bin, dataDirectory, port);
        if (await cluster.IsRunningAsync(cancellationToken))
        {
            return cluster;
        }

        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(bin, "pg_ctl", ["start", "-w", "-t", "60", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-o", settings], cancellationToken);
        return cluster;
    }

    /// <summary>
    /// A cluster for one test run: in a new temporary folder named after <paramref name="prefix"/>, without fsync,
    /// stopped and deleted when the process exits. Folders that earlier runs left behind (a test host may be killed
    /// before it cleans up) are deleted first when their server is gone and they are over an hour old, so that test
    /// processes running side by side (the API's and the benchmark's tests) never delete each other's.
    /// </summary>
    public static async Task<LocalPostgres> StartThrowawayAsync(string prefix)
    {
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "-*"))
        {
            // A folder another test process is creating right now has no server yet either: leave anything recent alone.
            if (!File.Exists(Path.Combine(stale, "postmaster.pid")) && Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (IOException)
                {
                    // Another run is cleaning it up at the same moment.
                }
            }
        }

        var cluster = await StartAsync(Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..8]), durable: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAndDelete();
        return cluster;
    }

    // The process is exiting: there is no caller left to await, so block until the server is gone.
    private void StopAndDelete()
    {
        try
        {
            StopAsync(fast: false).GetAwaiter().GetResult();
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not clean up the PostgreSQL cluster in {DataDirectory}: {ex.Message}");
        }
    }

    /// <summary>
    /// Creates <paramref name="database"/> (optionally as a copy of <paramref name="template"/>, owned by
    /// <paramref name="owner"/>) unless it exists. A database made before it had an owner role (owned by the superuser)
    /// is handed to <paramref name="owner"/> with everything in its <c>public</c> schema, so that migrations can run as it.
    /// </summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken, string? template = null, string? owner = null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new Npgsql.NpgsqlCommand("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        var currentOwner = await exists.ExecuteScalarAsync(cancellationToken) as string;
        if (currentOwner is null)
        {
            var from = template is null ? "" : $" TEMPLATE \"{template}\"";
            var ownedBy = owner is null ? "" : $" OWNER \"{owner}\"";
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"{from}{ownedBy}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        else if (owner is not null && currentOwner != owner)
        {
            await AdoptAsync(database, owner, cancellationToken);
        }
    }

    private async Task AdoptAsync(string database, string owner, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var adopt = new Npgsql.NpgsqlCommand($$"""
            ALTER DATABASE "{{database}}" OWNER TO "{{owner}}";
            DO $$
            DECLARE item record;
            BEGIN
                FOR item IN
                    SELECT c.oid::regclass AS name FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                      AND c.relowner <> '"{{owner}}"'::regrole
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
                LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO %I', item.name, '{{owner}}');
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '"{{owner}}"'::regrole
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', item.name, '{{owner}}');
                END LOOP;
            END $$;
            """, connection);
        await adopt.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stops the server; the data directory stays. <paramref name="fast"/> shuts down cleanly, otherwise immediately (throwaway clusters).</summary>
    public Task StopAsync(bool fast = true) => RunAsync(BinDirectory, "pg_ctl", ["stop", "-m", fast ? "fast" : "immediate", "-w", "-D", DataDirectory], CancellationToken.None);

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        var (exitCode, _) = await TryRunAsync(BinDirectory, "pg_ctl", ["status", "-D", DataDirectory], cancellationToken);
        return exitCode == 0;
    }

    /// <summary>The newest PostgreSQL server binaries on this machine, or null. <c>KOMPETENS_PG_BIN</c> overrides the search.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("KOMPETENS_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        var candidates = new List<string>();
        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/local/lib/postgresql" })
        {
            if (Directory.Exists(root))
            {
                candidates.AddRange(Directory.GetDirectories(root)
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")));
            }
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    public const string MissingBinariesMessage =
        "No database configured and no PostgreSQL server binaries found. Either set the connection string " +
        "(environment variable ConnectionStrings__Kompetens=\"Host=...;Database=kompetens;Username=...;Password=...\"), " +
        "or install PostgreSQL (Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql), " +
        "or point KOMPETENS_PG_BIN at the folder that holds initdb and pg_ctl.";

    private static bool IsRoot => Environment.UserName == "root";

    private static void GrantToServerUser(string directory)
    {
        if (IsRoot)
        {
            using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", Superuser, directory]) { UseShellExecute = false })!;
            chown.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string bin, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await TryRunAsync(bin, tool, arguments, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {exitCode}: {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string bin, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(bin, tool);
        var start = IsRoot
            ? new ProcessStartInfo("runuser", ["-u", Superuser, "--", executable, .. arguments])
            : new ProcessStartInfo(executable, arguments);
        start.WorkingDirectory = "/";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        using var process = Process.Start(start)!;
        // pg_ctl start leaves the server holding the inherited pipes; read until the tool itself exits.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = tool == "pg_ctl" && arguments[0] == "start" ? "" : await stdout + await stderr;
        return (process.ExitCode, output);
    }
}
