package dev.stencil.runtime.wiring;

import dev.stencil.runtime.config.ConfigurationException;
import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.dynamodb.AggregateWriter;
import dev.stencil.runtime.dynamodb.BatchWriter;
import dev.stencil.runtime.enrich.CachingItemLookup;
import dev.stencil.runtime.enrich.CachingProfileLookup;
import dev.stencil.runtime.enrich.CidrGeoIpProvider;
import dev.stencil.runtime.enrich.DynamoDbItemLookup;
import dev.stencil.runtime.enrich.DynamoDbProfileLookup;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ItemLookup;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.internal.DryRun;
import dev.stencil.runtime.internal.Prebuilt;
import dev.stencil.runtime.opensearch.AwsSigV4Signer;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import dev.stencil.runtime.sqs.QueueSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Factories of the runtime's components, configured by environment variables. */
public final class FromEnv {
    /** {@code sigv4} or {@code none}; default: {@code sigv4} for an https endpoint, {@code none} for http. */
    public static final String OPENSEARCH_SIGNING = "OPENSEARCH_SIGNING";
    /** Maximum documents per bulk request (default 1000). */
    public static final String OPENSEARCH_BULK_MAX_DOCS = "OPENSEARCH_BULK_MAX_DOCS";
    /** Maximum bytes per bulk request (default 5242880). */
    public static final String OPENSEARCH_BULK_MAX_BYTES = "OPENSEARCH_BULK_MAX_BYTES";
    /** Seconds an unreachable domain is tried for before its documents fail (default 30). */
    public static final String OPENSEARCH_UNREACHABLE_WAIT_SECONDS = "OPENSEARCH_UNREACHABLE_WAIT_SECONDS";
    /** Users held by the profile cache (default 10000). */
    public static final String PROFILE_CACHE_SIZE = "PROFILE_CACHE_SIZE";
    /** Seconds a cached profile stays valid (default 300). */
    public static final String PROFILE_CACHE_TTL_SECONDS = "PROFILE_CACHE_TTL_SECONDS";
    /** Keys held by each declared lookup's cache (default 10000). */
    public static final String LOOKUP_CACHE_SIZE = "LOOKUP_CACHE_SIZE";
    /** Seconds a looked-up item (or its absence) stays cached (default 300). */
    public static final String LOOKUP_CACHE_TTL_SECONDS = "LOOKUP_CACHE_TTL_SECONDS";
    /** Path of a {@code cidr,country,city} CSV file; if unset, the classpath resource {@code /geoip.csv}. */
    public static final String GEOIP_CSV = "GEOIP_CSV";
    /** Endpoint override for DynamoDB (a local server); the SDK's own variable name. */
    public static final String AWS_ENDPOINT_URL_DYNAMODB = "AWS_ENDPOINT_URL_DYNAMODB";
    /** Where SQS is, when not at AWS (the local run sets it); the SDK's own variable. */
    public static final String AWS_ENDPOINT_URL_SQS = "AWS_ENDPOINT_URL_SQS";

    private FromEnv() {
    }

    /**
     * A bulk sink for {@code OPENSEARCH_ENDPOINT} and {@code OPENSEARCH_INDEX}, signed with SigV4 for
     * {@code AWS_REGION} when {@code OPENSEARCH_SIGNING} says so (see there).
     */
    public static OpenSearchBulkSink openSearchSink(Env env) {
        return openSearchSink(env, Env.OPENSEARCH_ENDPOINT, Env.OPENSEARCH_INDEX);
    }

    /**
     * A bulk sink for the endpoint and index named by the two given variables (generated handlers
     * pass the names their stack sets), otherwise as {@link #openSearchSink(Env)}.
     */
    public static OpenSearchBulkSink openSearchSink(Env env, String endpointVariable, String indexVariable) {
        return openSearchSink(env, endpointVariable, indexVariable, null);
    }

    /**
     * As {@link #openSearchSink(Env, String, String)}, with the index's mappings from a class-path resource
     * (the generated {@code /stencil/search/<Type>.json} of a declared schema), put as an index template
     * before the first documents.
     *
     * @param mappingsResource such as {@code /stencil/search/Order.json}
     */
    public static OpenSearchBulkSink openSearchSink(Env env, String endpointVariable, String indexVariable,
                                                    String mappingsResource) {
        URI endpoint = env.requiredUri(endpointVariable);
        OpenSearchBulkSink.Builder sink = OpenSearchBulkSink.builder()
                .endpoint(endpoint)
                .index(env.required(indexVariable))
                .maxDocumentsPerRequest(env.optionalInt(OPENSEARCH_BULK_MAX_DOCS, 1000))
                .maxBytesPerRequest(env.optionalInt(OPENSEARCH_BULK_MAX_BYTES, 5 * 1024 * 1024))
                .unreachableWait(Duration.ofSeconds(env.optionalInt(OPENSEARCH_UNREACHABLE_WAIT_SECONDS, 30)));
        if (mappingsResource != null) {
            sink.mappings(resource(mappingsResource));
        }
        String signing = env.optional(OPENSEARCH_SIGNING, endpoint.getScheme().equals("https") ? "sigv4" : "none");
        switch (signing) {
            case "sigv4" -> sink.signer(AwsSigV4Signer.forOpenSearchService(env.required(Env.AWS_REGION)));
            case "none" -> { }
            default -> throw new ConfigurationException(OPENSEARCH_SIGNING,
                    "Environment variable " + OPENSEARCH_SIGNING + " must be sigv4 or none, got '" + signing + "'");
        }
        return sink.build();
    }

    /**
     * Profiles from the table {@code PROFILE_TABLE_NAME} behind a cache ({@code PROFILE_CACHE_SIZE},
     * {@code PROFILE_CACHE_TTL_SECONDS}); {@link ProfileLookup#none()} if the table is not set.
     */
    public static ProfileLookup profileLookup(Env env) {
        Optional<String> table = env.optional(Env.PROFILE_TABLE_NAME);
        if (table.isEmpty()) {
            return ProfileLookup.none();
        }
        return CachingProfileLookup.wrap(DynamoDbProfileLookup.create(dynamoDbInBackground(env), table.get()),
                env.optionalInt(PROFILE_CACHE_SIZE, 10_000),
                Duration.ofSeconds(env.optionalInt(PROFILE_CACHE_TTL_SECONDS, 300)));
    }

    /**
     * A declared lookup: the items of the table named by the given variable (generated lookups pass the
     * name their stack sets), keyed by one string attribute, read with GetItem behind a cache
     * ({@code LOOKUP_CACHE_SIZE}, {@code LOOKUP_CACHE_TTL_SECONDS}).
     *
     * @param tableVariable such as {@code CUSTOMERS_TABLE_NAME}
     * @param keyAttribute the table's partition key
     */
    public static ItemLookup itemLookup(Env env, String tableVariable, String keyAttribute) {
        String table = env.required(tableVariable);
        return CachingItemLookup.wrap(DynamoDbItemLookup.create(dynamoDbInBackground(env), table, keyAttribute),
                env.optionalInt(LOOKUP_CACHE_SIZE, 10_000),
                Duration.ofSeconds(env.optionalInt(LOOKUP_CACHE_TTL_SECONDS, 300)));
    }

    /**
     * The geo-IP table from the CSV file {@code GEOIP_CSV}, else from the classpath resource
     * {@code /geoip.csv}, else {@link GeoIpProvider#none()}.
     */
    public static GeoIpProvider geoIp(Env env) {
        Optional<String> path = env.optional(GEOIP_CSV);
        try {
            if (path.isPresent()) {
                try (Reader reader = Files.newBufferedReader(Path.of(path.get()), StandardCharsets.UTF_8)) {
                    return CidrGeoIpProvider.fromCsv(reader);
                }
            }
            try (InputStream in = FromEnv.class.getResourceAsStream("/geoip.csv")) {
                return in == null ? GeoIpProvider.none()
                        : CidrGeoIpProvider.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException(GEOIP_CSV, "Geo-IP table " + path.orElse("/geoip.csv")
                    + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(GEOIP_CSV, "Geo-IP table " + path.orElse("/geoip.csv")
                    + " is malformed: " + e.getMessage());
        }
    }

    /**
     * A geo-IP table from a class-path resource of {@code cidr,country,city} lines: the CSV a sidecar's
     * {@code geoip} names, which the generator puts beside the function's classes.
     *
     * @param resource such as {@code /stencil/geoip/ranges.csv}
     */
    public static GeoIpProvider geoIp(String resource) {
        try (InputStream in = FromEnv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: generate the project again");
            }
            return CidrGeoIpProvider.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** An aggregate writer for the table {@code TABLE_NAME} (keys {@code pk} and {@code window}). */
    public static AggregateWriter aggregateWriter(Env env) {
        return aggregateWriter(env, Env.TABLE_NAME, "pk", "window");
    }

    /**
     * An aggregate writer for the table named by the given variable, with the given key attributes
     * (generated handlers pass the names their stack sets).
     */
    public static AggregateWriter aggregateWriter(Env env, String tableVariable, String partitionKey,
                                                  String sortKey) {
        String table = env.required(tableVariable);
        return AggregateWriter.builder()
                .tableName(table)
                .client(dynamoDbInBackground(env))
                .partitionKey(partitionKey)
                .sortKey(sortKey)
                .build();
    }

    /**
     * A writer of whole items into the table named by the given variable, keyed by one attribute
     * (generated handlers of declared events pass the variable their stack sets and the id field).
     */
    public static BatchWriter itemWriter(Env env, String tableVariable, String keyAttribute) {
        return BatchWriter.builder()
                .tableName(env.required(tableVariable))
                .client(dynamoDbInBackground(env))
                .keyAttributes(keyAttribute)
                .build();
    }

    /**
     * A DynamoDB client for {@code AWS_REGION} on the small url-connection HTTP client, pointed at
     * {@code AWS_ENDPOINT_URL_DYNAMODB} when set. In a {@link DryRun} (priming before a snapshot) it sends
     * nothing and answers every call with an empty success.
     */
    public static DynamoDbClient dynamoDb(Env env) {
        return dynamoDbInBackground(env).get();
    }

    /**
     * {@link #dynamoDb(Env)} built in the background (150-500 ms in a cold JVM, see {@link Prebuilt}); the
     * variables are checked now.
     */
    private static Prebuilt<DynamoDbClient> dynamoDbInBackground(Env env) {
        return inBackground(env, "stencil-dynamodb-client", AWS_ENDPOINT_URL_DYNAMODB, DynamoDbClient::builder);
    }

    /**
     * A sink for the queue whose URL the given variable holds (generated handlers pass the name
     * their stack sets), on an SQS client for {@code AWS_REGION} built in the background, pointed
     * at {@code AWS_ENDPOINT_URL_SQS} when set.
     */
    public static QueueSink queueSink(Env env, String queueUrlVariable) {
        String queueUrl = env.required(queueUrlVariable);
        return QueueSink.create(inBackground(env, "stencil-sqs-client", AWS_ENDPOINT_URL_SQS, SqsClient::builder),
                queueUrl, 5, 50);
    }

    /**
     * A client for {@code AWS_REGION} on the small url-connection HTTP client (answering everything
     * in a {@link DryRun}), pointed at the endpoint variable when set, built in the background; the
     * variables are checked now.
     */
    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> Prebuilt<C> inBackground(
            Env env, String thread, String endpointVariable, Supplier<B> builder) {
        Region region = Region.of(env.required(Env.AWS_REGION));
        Optional<URI> endpoint = env.optional(endpointVariable).map(url -> env.requiredUri(endpointVariable));
        return Prebuilt.start(thread, () -> {
            B client = builder.get()
                    .httpClient(DryRun.sdkClient(UrlConnectionHttpClient.create()))
                    .region(region)
                    .credentialsProvider(DefaultCredentialsProvider.builder().build());
            endpoint.ifPresent(client::endpointOverride);
            return client.build();
        });
    }

    private static String resource(String name) {
        try (java.io.InputStream in = FromEnv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path: generate the project again");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }
}
