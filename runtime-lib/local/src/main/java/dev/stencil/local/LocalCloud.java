package dev.stencil.local;

import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.ElasticMqLocal;
import dev.stencil.runtime.local.KinesisLocal;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalService;
import dev.stencil.runtime.local.LocalServicesConfig;
import dev.stencil.runtime.local.OpenSearchLocal;
import dev.stencil.runtime.local.RestartableService;
import dev.stencil.runtime.local.S3ProxyLocal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local stand-in for the account the stack deploys to: real local services on loopback
 * (kinesis-local, dynalite, S3Proxy, the OpenSearch server), and in them the streams, tables,
 * buckets and indices the stack defines, under the names the local run gives them. Closing it
 * stops the services.
 */
public final class LocalCloud implements AutoCloseable {

    /** The region every local client and every property group names. */
    public static final String REGION = "us-east-1";

    /** The local services a diagram can need. */
    public enum Service { KINESIS, DYNAMODB, S3, OPENSEARCH, SQS }

    private final Map<Service, LocalService> services;
    private final Map<Service, ThrottlingProxy> proxies = new EnumMap<>(Service.class);
    private final Map<String, String> streamArns = new HashMap<>();
    private final KinesisClient kinesis;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final SearchClient search;
    private final SqsClient sqs;
    private final Map<String, String> queueUrls = new HashMap<>();

    private LocalCloud(Map<Service, LocalService> services) {
        this.services = services;
        this.kinesis = services.containsKey(Service.KINESIS) ? LocalClients.kinesis(services.get(Service.KINESIS)) : null;
        this.dynamoDb = services.containsKey(Service.DYNAMODB) ? LocalClients.dynamoDb(services.get(Service.DYNAMODB)) : null;
        this.s3 = services.containsKey(Service.S3) ? s3Client(services.get(Service.S3).endpoint()) : null;
        this.search = services.containsKey(Service.OPENSEARCH)
                ? new SearchClient(services.get(Service.OPENSEARCH).endpoint()) : null;
        this.sqs = services.containsKey(Service.SQS) ? LocalClients.sqs(services.get(Service.SQS)) : null;
    }

    /**
     * Starts the services given, all at once, and waits until each accepts requests.
     *
     * @param config where the services' files are
     * @param wanted the services the diagram needs
     * @return the running services
     */
    public static LocalCloud start(LocalServicesConfig config, Set<Service> wanted) {
        Map<Service, CompletableFuture<LocalService>> starting = new EnumMap<>(Service.class);
        for (Service service : wanted) {
            starting.put(service, CompletableFuture.supplyAsync(() -> switch (service) {
                case KINESIS -> KinesisLocal.start(config);
                case DYNAMODB -> Dynalite.start(config);
                case S3 -> S3ProxyLocal.start(config);
                case OPENSEARCH -> OpenSearchLocal.start(config);
                case SQS -> ElasticMqLocal.start(REGION);
            }));
        }
        Map<Service, LocalService> started = new EnumMap<>(Service.class);
        List<RuntimeException> failures = new ArrayList<>();
        starting.forEach((service, future) -> {
            try {
                started.put(service, future.join());
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            started.values().forEach(LocalService::close);
            throw failures.get(0);
        }
        return new LocalCloud(started);
    }

    /**
     * Whether the diagram needs a service, so that it runs.
     *
     * @param service the service
     * @return true if it is running
     */
    public boolean has(Service service) {
        return services.containsKey(service);
    }

    /**
     * A running service that can be stopped and restarted with its data, for an outage.
     *
     * @param service the service
     * @return it, if it runs and can be restarted
     */
    Optional<RestartableService> restartable(Service service) {
        return services.get(service) instanceof RestartableService restartable
                ? Optional.of(restartable) : Optional.empty();
    }

    /**
     * Puts a {@link ThrottlingProxy} in front of a running service: every endpoint handed out from
     * now on (functions' environments, Flink property groups, search endpoints) is the proxy's,
     * while this object's own clients, which count what landed, still call the service directly.
     *
     * @param service the service
     * @param refusal how it throttles
     * @return the proxy, passing everything through until told to throttle
     */
    ThrottlingProxy throttleable(Service service, ThrottlingProxy.Refusal refusal) {
        return proxies.computeIfAbsent(service, s -> ThrottlingProxy.start(services.get(s).endpoint(), refusal));
    }

    /**
     * Creates a stream as the stack does: on-demand capacity.
     *
     * @param name the stream's name, its construct id
     */
    public void stream(String name) {
        kinesis.createStream(r -> r.streamName(name).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var summary = kinesis.describeStreamSummary(r -> r.streamName(name)).streamDescriptionSummary();
            if (summary.streamStatus() == StreamStatus.ACTIVE) {
                streamArns.put(name, summary.streamARN());
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("stream " + name + " did not become active");
            }
            sleep(100);
        }
    }

    /**
     * Creates a table as the stack does: a string partition key, a number sort key, on demand.
     *
     * @param name         the table's name, its construct id
     * @param partitionKey partition key attribute
     * @param sortKey      sort key attribute
     */
    public void table(String name, String partitionKey, String sortKey) {
        dynamoDb.createTable(r -> r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(partitionKey).attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder().attributeName(sortKey).attributeType(ScalarAttributeType.N)
                                .build())
                .keySchema(
                        KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build()));
        dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(name));
    }

    /**
     * Creates a table of items keyed by a string partition key alone, as the stack's
     * {@code Tables.create(scope, id, partitionKey)} does.
     *
     * @param name         the table's name
     * @param partitionKey its partition key attribute (S)
     */
    public void table(String name, String partitionKey) {
        dynamoDb.createTable(r -> r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(partitionKey).attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build()));
        dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(name));
    }

    /**
     * Creates a bucket.
     *
     * @param name the bucket's local name
     */
    public void bucket(String name) {
        s3.createBucket(r -> r.bucket(name));
    }

    /**
     * Creates an index (one shard, no replicas: one node).
     *
     * @param index the index name a function writes to
     */
    public void index(String index) {
        search.createIndex(index);
    }

    /**
     * Creates a queue (ElasticMQ, in this JVM).
     *
     * @param name the queue's construct id
     */
    public void queue(String name) {
        queueUrls.put(name, sqs.createQueue(r -> r.queueName(name)).queueUrl());
    }

    /**
     * The URL of a queue created by {@link #queue}.
     *
     * @param name the queue's construct id
     * @return its URL, as a function's environment holds it
     */
    public String queueUrl(String name) {
        return queueUrls.get(name);
    }

    /**
     * The endpoint of a search domain; every domain of the diagram is the one local server.
     *
     * @param domain the domain's construct id
     * @return its endpoint, as a function's environment holds it
     */
    public String searchEndpoint(String domain) {
        return endpoint(Service.OPENSEARCH).toString();
    }

    /**
     * A function's environment: the variables its arrows set in the stack, and the ones Lambda and
     * a local run add (region, endpoints of the local services in the SDK's own variables).
     *
     * @param wiring the variables the stack sets, with local values
     * @return the environment
     */
    public Env functionEnvironment(Map<String, String> wiring) {
        Map<String, String> variables = new HashMap<>(wiring);
        variables.put("AWS_REGION", REGION);
        services.keySet().forEach(service -> variables.put(
                "AWS_ENDPOINT_URL_" + service.name(), endpoint(service).toString()));
        return Env.of(variables);
    }

    /**
     * The ARN of a stream created by {@link #stream}.
     *
     * @param name the stream's name
     * @return its ARN
     */
    public String streamArn(String name) {
        return streamArns.get(name);
    }

    /**
     * The endpoint of a service, as {@code AWS_ENDPOINT_URL_*} variables and {@code aws.endpoint}
     * properties hold it.
     *
     * @param service the service
     * @return its endpoint
     */
    public URI endpoint(Service service) {
        ThrottlingProxy proxy = proxies.get(service);
        return proxy != null ? proxy.endpoint() : services.get(service).endpoint();
    }

    /** @return a client of the local Kinesis */
    public KinesisClient kinesis() {
        return kinesis;
    }

    /** @return a client of the local DynamoDB */
    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    /** @return a client of the local S3 */
    public S3Client s3() {
        return s3;
    }

    /** @return a client of the local SQS (ElasticMQ) */
    public SqsClient sqs() {
        return sqs;
    }

    /** @return a client of the local OpenSearch server */
    public SearchClient search() {
        return search;
    }

    @Override
    public void close() {
        proxies.values().forEach(ThrottlingProxy::close);
        if (sqs != null) {
            sqs.close();
        }
        services.values().forEach(LocalService::close);
    }

    private static S3Client s3Client(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyLocal.ACCESS_KEY, S3ProxyLocal.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
