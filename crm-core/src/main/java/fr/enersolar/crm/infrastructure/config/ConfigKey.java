package fr.enersolar.crm.infrastructure.config;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every configuration key of EnerSolar CRM, read through MicroProfile Config.
 *
 * <p>Each key is a property name ({@link #get()}) that MicroProfile Config also finds as an
 * environment variable ({@link #environmentVariable()}: dots become underscores, upper case).
 * {@code META-INF/microprofile-config.properties} in this module holds defaults only; secrets come
 * from the environment. The README's configuration table lists exactly these keys.
 */
public enum ConfigKey implements Supplier<String> {
    /**
     * HTTP port of the application server. {@code run.sh} creates the server domain on it; the
     * application uses it to build its own public URLs. Default {@code 8080}.
     */
    HTTP_PORT("crm.http.port"),

    /**
     * The application's public base URL as landing pages reach it (for example {@code
     * https://crm.enersolar.fr}): the generated briefs' scripts call {@code <this>/api/…}. Default
     * unset: the base URL of the staff member's own request, which is right unless a reverse proxy
     * changes the scheme, host or path. A value that is not an absolute http(s) URL stops the
     * application at start.
     */
    PUBLIC_URL("crm.public-url"),

    /**
     * Folder for everything the application writes: the embedded store's file, the connectors
     * folder and the first-start secrets file. Default {@code ./data} (relative to the folder the
     * server was started from; {@code run.sh} passes an absolute path).
     */
    DATA_DIR("crm.data.dir"),

    /**
     * When the nightly jobs (verification, billing rollup) start: {@code HH:mm} and a time zone,
     * for example {@code 03:00 UTC} (the default) or {@code 02:30 Europe/Paris}.
     */
    NIGHTLY_SCHEDULE("crm.nightly.schedule"),

    /**
     * URI of a real MongoDB (for example {@code mongodb://db1,db2/?replicaSet=rs0}). Unset: the
     * embedded MongoDB-protocol store is started with its file in the data folder.
     */
    MONGODB_URI("crm.mongodb.uri"),

    /** Name of the MongoDB database. Default {@code enersolar}. */
    MONGODB_DATABASE("crm.mongodb.database"),

    /**
     * Port of the embedded store on the loopback interface. Default {@code 0}: a free port is
     * chosen, so several instances never collide.
     */
    EMBEDDED_STORE_PORT("crm.embedded.store.port"),

    /**
     * Memory the embedded store keeps its most used pages in, decoded, in megabytes (H2 MVStore's
     * page cache, counted as it estimates). Below the size of the hot leads, every scan of them
     * reads and decodes them from the file again. Default {@code 128}.
     */
    EMBEDDED_STORE_CACHE_MB("crm.embedded.store.cache-mb"),

    /**
     * How long a store operation may wait for a reachable server, in milliseconds, when the URI
     * does not say {@code serverSelectionTimeoutMS} itself. Default {@code 5000}.
     */
    MONGODB_SELECTION_TIMEOUT_MS("crm.mongodb.selection-timeout-ms"),

    /**
     * E-mail of the first administrator, created when no user exists. Default {@code
     * admin@enersolar.local}.
     */
    ADMIN_EMAIL("crm.admin.email"),

    /**
     * Password of the first administrator. Unset: a random password is generated at first start and
     * shown once. Never stored in clear.
     */
    ADMIN_PASSWORD("crm.admin.password"),

    /**
     * The v1 intake key ({@code Authorization: Token <key>}). Unset: generated at first start and
     * shown once; set: it replaces the stored key at start. Publishable by design: deployed
     * landing-page scripts carry it.
     */
    API_KEY("crm.api.key"),

    /**
     * The key that seals partner API keys at rest (AES-256-GCM): the Base64 of 32 random bytes
     * ({@code openssl rand -base64 32}). Unset: generated at the first start into {@code
     * secrets.key} in the data folder (owner-only). Servers sharing one MongoDB must be given the
     * same key. A secret.
     */
    SECRETS_KEY("crm.secrets.key"),

    /** {@code true}: create demo accounts, landing pages, forms and commandes for both CRMs. */
    DEMO("crm.demo"),

    /**
     * Iterations of PBKDF2-HMAC-SHA512 for new password hashes. Default {@code 210000} (OWASP's
     * figure for this hash). Stored with each hash, so raising it never breaks existing logins.
     */
    PASSWORD_HASH_ITERATIONS("crm.security.password-hash-iterations"),

    /** Days a staff login session lasts before its token stops working. Default {@code 7}. */
    SESSION_DAYS("crm.security.session-days"),

    /**
     * Failed logins in a row after which an account is locked ({@code 0} = never). Default {@code
     * 5}.
     */
    LOGIN_MAX_FAILURES("crm.security.login-max-failures"),

    /** Minutes an account stays locked after too many failed logins. Default {@code 15}. */
    LOGIN_LOCKOUT_MINUTES("crm.security.login-lockout-minutes"),

    /**
     * Seconds during which a second submission of the same form and phone returns the first lead
     * instead of storing another (double clicks, retried requests). Default {@code 10}.
     */
    INTAKE_DOUBLE_SUBMIT_SECONDS("crm.intake.double-submit-seconds"),

    /**
     * Days during which a new lead with the same phone and product as an accepted one is stored as
     * an internal duplicate linked to it, and not delivered. Default {@code 30}.
     */
    INTAKE_DUPLICATE_WINDOW_DAYS("crm.intake.duplicate-window-days"),

    /**
     * Reverse proxies (load balancers) whose {@code X-Forwarded-For} header is believed: a
     * comma-separated list of IP addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}).
     * The client address of a request is its socket peer unless that peer is one of these; then it
     * is the right-most {@code X-Forwarded-For} entry that is not one of these. Default unset: no
     * proxy is trusted and the header is ignored. A malformed entry stops the application at start.
     */
    TRUSTED_PROXIES("crm.trusted-proxies"),

    /**
     * Browser origins allowed to call the public and v1 endpoints cross-origin ({@code /api/v1/},
     * {@code /api/track/}, {@code /api/forms/public/}, {@code /api/forms/config/}, {@code
     * /api/health}): a comma-separated list such as {@code https://www.example.fr}, or {@code *}.
     * Default {@code *}, because landing pages and forms live on customers' own domains.
     * Credentials are never allowed cross-origin on these endpoints.
     */
    CORS_ORIGINS("crm.cors.origins"),

    /**
     * Browser origins allowed to call the admin JSON API (everything else under {@code /api})
     * cross-origin: a comma-separated list of exact origins; {@code *} is refused. Default unset:
     * same-origin only (the admin UI is served by the application itself).
     */
    ADMIN_ORIGINS("crm.admin.origins"),

    /**
     * Requests per minute one client address may make to the v1 intake ({@code /api/v1/}), as a
     * token bucket (the whole minute may be spent at once, then it refills evenly). Beyond it: 429
     * with {@code Retry-After}. {@code 0} = unlimited. Default {@code 120}.
     */
    RATE_LIMIT_INTAKE_PER_MINUTE("crm.rate-limit.intake-per-minute"),

    /**
     * Requests per minute one client address may make to the other public endpoints (tracking,
     * public form configuration, health), counted apart from intake. {@code 0} = unlimited. Default
     * {@code 600}.
     */
    RATE_LIMIT_PUBLIC_PER_MINUTE("crm.rate-limit.public-per-minute"),

    /**
     * Days a lead without a matching commande ({@code pending_no_order}) waits for one, counted
     * from its reception: within them it is routed automatically when a commande appears; after
     * them it needs a staff decision ({@code pending_manual}). Default {@code 8}.
     */
    ROUTING_NO_ORDER_WAIT_DAYS("crm.routing.no-order-wait-days"),

    /**
     * Delays between delivery attempts after retryable failures (5xx, timeout, connection error),
     * comma-separated: a number with {@code s}, {@code m}, {@code h} or {@code d}, or ISO-8601
     * ({@code PT90S}). After the last delay's attempt fails, the lead is {@code failed}. Default
     * {@code 1m,5m,15m,1h,2h} (six attempts in all).
     */
    DELIVERY_BACKOFF("crm.delivery.backoff"),

    /**
     * Consecutive retryable failures to one partner that pause its deliveries (its circuit breaker
     * opens). Default {@code 5}.
     */
    DELIVERY_BREAKER_THRESHOLD("crm.delivery.breaker-threshold"),

    /**
     * Seconds a partner's deliveries stay paused before one probe delivery is tried; its success
     * resumes them, its failure pauses them again. Default {@code 60}.
     */
    DELIVERY_BREAKER_COOLDOWN_SECONDS("crm.delivery.breaker-cooldown-seconds"),

    /**
     * Folder of drop-in connector jars: each {@code .jar} there is loaded in a class loader of its
     * own (parent: the application's, which provides the connector SPI) at start and on each rescan
     * of the admin API. Default unset: {@code <data folder>/connectors}.
     */
    CONNECTORS_DIR("crm.connectors.dir"),

    /**
     * Whether this server runs delivery workers. Default {@code true}; {@code false} on a server
     * that should only take leads in (another server of the cluster delivers them).
     */
    DELIVERY_ENABLED("crm.delivery.enabled"),

    /** Delivery workers of this server, each attempting one lead at a time. Default {@code 16}. */
    DELIVERY_WORKERS("crm.delivery.workers"),

    /**
     * Milliseconds between two looks for due leads while the outbox is idle (workers keep going
     * while leads are due). Default {@code 200}.
     */
    DELIVERY_POLL_MS("crm.delivery.poll-ms"),

    /**
     * Seconds a worker holds a lead while attempting it; a lead whose worker died is taken again
     * once its lease expires. Must exceed the connectors' connect + read timeouts. Default {@code
     * 60}.
     */
    DELIVERY_LEASE_SECONDS("crm.delivery.lease-seconds");

    private final String property;

    ConfigKey(String property) {
        this.property = property;
    }

    /** The MicroProfile Config property name. */
    @Override
    public String get() {
        return property;
    }

    /** The environment variable MicroProfile Config maps to this property. */
    public String environmentVariable() {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
