package dev.stencil.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.RecordDecodeException;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import dev.stencil.runtime.producer.KinesisProducer;
import dev.stencil.runtime.producer.PartitionKeyStrategy;
import dev.stencil.runtime.wiring.FromEnv;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A local run, in order: start every stage (functions, delivery streams, Flink jobs), put the
 * synthetic events into every stream that has producers, let every stage consume all of them and
 * finish, then count what landed where and compare with what must have landed.
 */
public final class LocalPipeline {

    /** Event time of the first synthetic event: fixed, so that a seed always gives the same windows. */
    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final int CHUNK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String project;
    private final LocalCloud cloud;
    private final LocalOptions options;
    private final List<String> produced = new ArrayList<>();
    private final Map<String, DeclaredEvents> declared = new HashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Map.Entry<String, String>> notRun = new ArrayList<>();
    private final Map<String, Long> eventsIn = new ConcurrentHashMap<>();
    private final AtomicLong put = new AtomicLong();
    private final List<Poison.Put> poisoned = new CopyOnWriteArrayList<>();
    private final WindowCounts windows = new WindowCounts();
    private final Map<String, List<DeclaredWindows>> declaredWindows = new ConcurrentHashMap<>();
    private final Map<String, List<String>> eventIds = new ConcurrentHashMap<>();
    private final Map<String, List<LocalLookup>> lookups = new ConcurrentHashMap<>();
    private final Map<String, MappingStage> filteredInputs = new ConcurrentHashMap<>();
    private final Map<String, Long> filteredIn = new ConcurrentHashMap<>();
    private Disruptions disruptions = new Disruptions(List.of(), List.of());
    private Disruption previous;

    /**
     * @param project the project's name, for the summary
     * @param cloud   the local services, with the stack's resources created
     * @param options what the run is asked to do
     */
    public LocalPipeline(String project, LocalCloud cloud, LocalOptions options) {
        this.project = project;
        this.cloud = cloud;
        this.options = options;
        if (options.faults().contains(Fault.THROTTLE)) {
            Disruptions.proxies(cloud);
        }
    }

    /**
     * Producers put events into this stream.
     *
     * @param stream the stream
     */
    public void produce(String stream) {
        produced.add(stream);
    }

    /**
     * Producers put events of a declared schema into this stream.
     *
     * @param stream the stream
     * @param events what its events are made from
     */
    public void produce(String stream, DeclaredEvents events) {
        produced.add(stream);
        declared.put(stream, events);
    }

    /**
     * Adds a consumer.
     *
     * @param stage the consumer
     * @param <S>   its type
     * @return the stage
     */
    public <S extends Stage> S stage(S stage) {
        stages.add(stage);
        if (stage instanceof FlinkJobStage job) {
            check(job.recordsRead());
        }
        if (stage instanceof MappingStage function && function.filter().isPresent()) {
            filteredInputs.put(function.input(), function);
            check(Check.of("filtered out", function.name(), () -> events(function.stream()) - events(function.input())
                    + poisonIn(function.stream()).size() - poisonThrough(function).size(), function::filtered));
        }
        if (stage instanceof MappingStage function && options.faults().contains(Fault.CRASH)) {
            function.crashOnceAfter(options.events() / 2);
            check(new Check("crash", function.name(), () -> 1, () -> new Check.Measure(
                    function.crash().isPresent() ? 1 : 0, function.crash().map(c -> "died " + c + "; retried")
                            .orElse("never injected"))));
        }
        return stage;
    }

    /**
     * Says, in the summary, that a part of the diagram is not run locally, and why.
     *
     * @param where the arrow or node, such as {@code Core -> Telemetry}
     * @param why   why, and what the run does instead
     */
    public void notRunLocally(String where, String why) {
        notRun.add(Map.entry(where, why));
    }

    /**
     * Adds a line to the reconciliation.
     *
     * @param check the line
     */
    public void check(Check check) {
        checks.add(check);
    }

    /**
     * Adds the reconciliation of a function's on-failure destination: it holds exactly the poison
     * records of the function's stream that reach it and fail, each once (none without
     * {@code -Dlocal.faults=poison}), and nothing else. The function writes somewhere, so its logic
     * sees every event it decodes, and the generated logic rejects the one that names no page.
     *
     * @param stage the function's stage
     */
    public void failures(MappingStage stage) {
        failures(stage, true);
    }

    /**
     * Adds the reconciliation of the on-failure destination of a function that writes nowhere: it
     * never calls its logic, so only the poison records its decoder rejects fail.
     *
     * @param stage the function's stage
     */
    public void failuresBeforeLogic(MappingStage stage) {
        failures(stage, false);
    }

    /**
     * Adds the reconciliation of the on-failure destination of a function that decodes the records
     * of a declared schema: the poison records that reach it and that its decoder rejects fail,
     * each once, as the same decoder on the same bytes says.
     *
     * @param stage  the function's stage
     * @param type   the record it decodes
     * @param reader the record's reader, as the handler decodes with it
     * @param <T>    the record
     */
    public <T> void failuresDecoding(MappingStage stage, Class<T> type, JsonEvent.Reader<T> reader) {
        JsonRecordDecoder<T> decoder = JsonRecordDecoder.of(type, reader);
        failures(stage, p -> {
            try {
                decoder.decode(ByteBuffer.wrap(p.kind().payload().getBytes(StandardCharsets.UTF_8)));
                return false;
            } catch (RecordDecodeException e) {
                return true;
            }
        });
    }

    private void failures(MappingStage stage, boolean logic) {
        failures(stage, p -> logic || !p.kind().decodes());
    }

    private void failures(MappingStage stage, Predicate<Poison.Put> fails) {
        Supplier<List<Poison.Put>> failing = () -> poisonThrough(stage).stream().filter(fails).toList();
        check(Check.of("on-failure", stage.name(), () -> failing.get().size(),
                () -> stage.failedSequenceNumbers().size()));
        if (!options.faults().contains(Fault.POISON)) {
            return;
        }
        check(new Check("poison", stage.name(), () -> failing.get().size(), () -> {
            List<String> failed = stage.failedSequenceNumbers();
            List<Poison.Put> once = failing.get().stream()
                    .filter(p -> failed.stream().filter(p.sequenceNumber()::equals).count() == 1).toList();
            if (failing.get().isEmpty()) {
                return new Check.Measure(0, String.format("none of the %,d reaches it and fails",
                        poisonIn(stage.stream()).size()));
            }
            return new Check.Measure(once.size(), "each once, at " + String.join(", ", once.stream()
                    .map(p -> String.format("%,d (%s)", p.position(), p.kind().kind())).toList()) + "; " + String.join(", ",
                    once.stream().flatMap(p -> stage.conditionsOf(p.sequenceNumber()).stream()).distinct().toList()));
        }));
    }

    /**
     * Events put into the given streams (after the run; counting a stream once per mention).
     *
     * @param streams the streams
     * @return the sum
     */
    public long events(String... streams) {
        return Arrays.stream(streams).mapToLong(s -> eventsIn.getOrDefault(s, filteredIn.getOrDefault(s, 0L))).sum();
    }

    /**
     * Documents in an index: one per event of the streams the function reads, under the event's
     * id, and no other. The count is the events found by id, less the documents that are none of them.
     *
     * @param where   such as {@code Os/fn}
     * @param index   the index
     * @param streams the function's streams
     */
    public void documents(String where, String index, String... streams) {
        check(new Check("documents", where, () -> events(streams), () -> {
            List<String> ids = idsOf(streams).toList();
            long found = cloud.search().countIds(index, ids);
            long others = cloud.search().count(index) - found;
            return new Check.Measure(found - others, others == 0 ? "by event id"
                    : String.format("by event id; %,d documents that are no event's", others));
        }));
    }

    /**
     * Messages in a queue: one per event of each sender's streams, found by the {@code eventId}
     * attribute the sender gives it, and no other. SQS delivers at least once and a retried batch
     * sends again, so repeats are counted apart and do not fail the check: the consumer drops them
     * by id.
     *
     * @param queue   the queue
     * @param streams the streams of every sender, a stream once per sender reading it
     */
    public void messages(String queue, String... streams) {
        check(new Check("messages", queue, () -> events(streams), () -> {
            Map<String, Long> received = LocalQueue.eventIds(cloud.sqs(), cloud.queueUrl(queue));
            Map<String, Long> wanted = new HashMap<>();
            for (String stream : streams) {
                eventIds.getOrDefault(stream, List.of()).forEach(id -> wanted.merge(id, 1L, Long::sum));
            }
            long found = 0;
            long repeats = 0;
            long others = 0;
            for (Map.Entry<String, Long> messages : received.entrySet()) {
                long want = wanted.getOrDefault(messages.getKey(), 0L);
                found += Math.min(messages.getValue(), want);
                repeats += want == 0 ? 0 : Math.max(0, messages.getValue() - want);
                others += want == 0 ? messages.getValue() : 0;
            }
            return new Check.Measure(found - others, String.format("by event id; %,d repeats%s", repeats,
                    others == 0 ? "" : String.format(", %,d messages of no event", others)));
        }));
    }

    /**
     * Aggregate items in a table: their counters add up to one per counted event of each writer's streams,
     * and each window's item holds exactly the events of its key and window, as a plain-Java
     * evaluation of the events put works them out ({@link WindowCounts}).
     *
     * @param table   the table
     * @param counter the counter attribute
     * @param streams the streams of every writer, a stream once per writer reading it
     */
    public void aggregates(String table, String counter, String... streams) {
        check(new Check("aggregates", table + "." + counter,
                () -> windows.expected(streams).values().stream().mapToLong(Long::longValue).sum(), () -> {
            long rows = 0;
            long total = 0;
            for (Map<String, AttributeValue> item : items(table)) {
                rows++;
                AttributeValue value = item.get(counter);
                total += value == null ? 0 : Long.parseLong(value.n());
            }
            return new Check.Measure(total, String.format("%s in %,d rows", counter, rows));
        }));
        check(new Check("windows", table, () -> windows.expected(streams).size(),
                () -> WindowCounts.compare(items(table), counter, windows.expected(streams))));
    }

    /**
     * Items of a declared aggregate in a table: one per group key and window, each holding exactly
     * the measures of the events of its key and window, as a plain-Java evaluation of the declaration
     * on the events put works them out ({@link DeclaredWindows}).
     *
     * @param table   the table
     * @param spec    the declaration's class-path resource, such as {@code /stencil/aggregates/RevenueJob.json}
     * @param streams the streams the job writing it reads
     */
    public void declaredAggregates(String table, String spec, String... streams) {
        DeclaredWindows declared = new DeclaredWindows(dev.stencil.flink.AggregateSpec.fromResource(spec));
        for (String stream : streams) {
            declaredWindows.computeIfAbsent(stream, s -> new CopyOnWriteArrayList<>()).add(declared);
        }
        check(new Check("windows", table, () -> declared.expected().size(),
                () -> declared.compare(items(table), declared.expected())));
    }

    /**
     * Items of declared events in a table: one per event of each writer's streams, found by the id
     * in its key attribute, and no other. Puts are idempotent: a retried batch writes the same item.
     *
     * @param table   the table
     * @param key     the key attribute, the events' id field
     * @param streams the streams of every writer
     */
    public void items(String table, String key, String... streams) {
        check(new Check("items", table, () -> idsOf(streams).distinct().count(), () -> {
            Set<String> wanted = idsOf(streams).collect(Collectors.toSet());
            long found = 0;
            long others = 0;
            for (Map<String, AttributeValue> item : items(table)) {
                AttributeValue id = item.get(key);
                if (id != null && wanted.contains(id.s())) {
                    found++;
                } else {
                    others++;
                }
            }
            return new Check.Measure(found - others, others == 0 ? "by event id"
                    : String.format("by event id; %,d items that are no event's", others));
        }));
    }

    /**
     * A declared lookup of a function that indexes: the local run puts items into the lookup table for
     * three keys in four of the events' keys before the events go in ({@link LocalLookup}); every
     * document of the function's events must then hold exactly its key's item under the lookup's name,
     * or nothing when its key has none.
     *
     * @param table   the lookup table, created with the key as its partition key
     * @param key     the event field looked up, the table's partition key
     * @param as      the name the item is added under
     * @param index   the index the function writes
     * @param streams the function's streams (or its filtered inputs)
     */
    public void lookups(String table, String key, String as, String index, String... streams) {
        enrichment(LocalLookup.table(cloud.dynamoDb(), table, key, as), index, streams);
    }

    /**
     * A declared geo-IP location of a function that indexes: every document of the function's events must
     * hold, under the location's name, what the function's geo-IP table says of the event's address (the
     * same table, read here apart from the function), or nothing when the table does not know it.
     *
     * @param field    the event field holding the address
     * @param as       the name the location is added under
     * @param resource the class-path resource of the function's {@code cidr,country,city} table; empty when
     *                 the function locates with its environment's, which the local run does not set
     * @param index    the index the function writes
     * @param streams  the function's streams (or its filtered inputs)
     */
    public void locations(String field, String as, String resource, String index, String... streams) {
        GeoIpProvider geo = resource.isEmpty() ? GeoIpProvider.none() : FromEnv.geoIp(resource);
        enrichment(LocalLookup.location(geo, field, as), index, streams);
    }

    private void enrichment(LocalLookup lookup, String index, String... streams) {
        for (String stream : streams) {
            String source = filteredInputs.containsKey(stream) ? filteredInputs.get(stream).stream() : stream;
            lookups.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>()).add(lookup);
        }
        check(new Check("lookups", index + "." + lookup.as(), () -> idsOf(streams).count(),
                () -> lookup.compare(cloud.search().sources(index, idsOf(streams).toList()))));
    }

    /** The ids of the events put into the streams (or let through to a filtered function's input), each stream once. */
    private java.util.stream.Stream<String> idsOf(String... streams) {
        return Arrays.stream(streams).distinct().flatMap(s -> eventIds.getOrDefault(s, List.of()).stream());
    }

    private Iterable<Map<String, AttributeValue>> items(String table) {
        return cloud.dynamoDb().scanPaginator(r -> r.tableName(table).consistentRead(true)).items();
    }

    /**
     * Records archived in a bucket: one per event of the delivery stream's stream, and one per
     * poison record (Firehose archives what it reads, as it came), in objects laid out as Firehose
     * lays them out.
     *
     * @param bucket the bucket
     * @param stream the stream the delivery stream reads
     */
    public void archived(String bucket, String stream) {
        check(new Check("archived", bucket, () -> events(stream) + poisonIn(stream).size(), () -> {
            LocalFirehose.Archived archived = LocalFirehose.archived(cloud.s3(), bucket);
            return new Check.Measure(archived.records(), String.format("records in %,d object%s%s", archived.objects(),
                    archived.objects() == 1 ? "" : "s",
                    archived.misplaced() == 0 ? "" : String.format(", %,d misplaced", archived.misplaced())));
        }));
    }

    /**
     * Runs the pipeline and prints the summary.
     *
     * @return true if every count reconciles exactly
     * @throws Exception if a stage fails or does not catch up in time
     */
    public boolean run() throws Exception {
        disruptions = Disruptions.plan(options.faults(), cloud, stages.stream()
                .filter(FlinkJobStage.class::isInstance).map(FlinkJobStage.class::cast).toList(), options.timeout());
        for (Stage stage : stages) {
            stage.start();
        }
        long started = System.nanoTime();
        long putNanos;
        Optional<OptionalDouble> sustained = Optional.empty();
        Progress progress = options.benchmark()
                ? new Progress(stages, put::get, () -> (long) options.events() * produced.size()) : null;
        try {
            for (int i = 0; i < produced.size(); i++) {
                feed(produced.get(i), options.seed() + i, i == 0 ? disruptions.inOrder() : List.of());
            }
            putNanos = System.nanoTime() - started;
            for (Disruption disruption : disruptions.inOrder()) {
                disruption.awaitOver();
            }
            for (Stage stage : stages) {
                stage.finish(options.timeout());
            }
        } finally {
            if (progress != null) {
                progress.close();
                sustained = Optional.of(progress.sustainedRate());
            }
        }
        long elapsed = System.nanoTime() - started;
        return Summary.print(project, eventsIn, notRun, checks, putNanos, elapsed, sustained, faultLines());
    }

    private void feed(String stream, long seed, List<Disruption> faults) {
        DeclaredEvents events = declared.get(stream);
        if (events == null) {
            feed(stream, faults, new Clicks(new ClickstreamGenerator(seed, 1_000, 0.1, START)));
        } else {
            feed(stream, faults, new Declared(events, events.generator(events.seed().orElse(seed), START)));
        }
    }

    private <T> void feed(String stream, List<Disruption> faults, Events<T> events) {
        List<Disruption> pending = new ArrayList<>(faults);
        KinesisProducer<T> producer = KinesisProducer.<T>builder()
                .client(cloud.kinesis())
                .streamName(stream)
                .partitionKeys(PartitionKeyStrategy.byField(events::partitionKey))
                .build();
        boolean poison = options.faults().contains(Fault.POISON);
        List<Poison.Kind> kinds = events.poison();
        int nextPoison = 0;
        for (long done = 0; done < options.events(); ) {
            long until = Math.min(done + CHUNK, options.events());
            if (poison && nextPoison < kinds.size()) {
                until = Math.min(until, Poison.position(nextPoison, options.events()));
            }
            if (!pending.isEmpty()) {
                until = Math.min(until, pending.get(0).position(options.events()));
            }
            if (until > done) {
                List<T> chunk = events.next((int) (until - done));
                List<ObjectNode> declaredChunk = events.declared(chunk);
                lookups.getOrDefault(stream, List.of()).forEach(l -> l.seed(declaredChunk, declared.get(stream)::id));
                if (!producer.put(chunk).allPut()) {
                    throw new IllegalStateException("could not put every event into " + stream);
                }
                windows.add(stream, events.clicks(chunk));
                declaredWindows.getOrDefault(stream, List.of()).forEach(w -> w.add(declaredChunk));
                eventIds.computeIfAbsent(stream, s -> new ArrayList<>()).addAll(chunk.stream().map(events::id).toList());
                put.addAndGet(chunk.size());
                eventsIn.merge(stream, (long) chunk.size(), Long::sum);
                throughFilters(stream, chunk, events);
                done = until;
            }
            while (poison && nextPoison < kinds.size() && Poison.position(nextPoison, options.events()) == done) {
                poisoned.add(Poison.put(cloud.kinesis(), stream, done, kinds.get(nextPoison++)));
            }
            while (!pending.isEmpty() && pending.get(0).position(options.events()) == done) {
                begin(pending.remove(0), done);
            }
        }
    }

    /**
     * Counts the events of a chunk that each filtered function of the stream must see: the events its
     * mapping's filter matches, evaluated by the same matcher on the bytes the producer put.
     */
    private <T> void throughFilters(String stream, List<T> chunk, Events<T> events) {
        filteredInputs.forEach((input, function) -> {
            if (!function.stream().equals(stream)) {
                return;
            }
            List<T> matching = chunk.stream().filter(e -> function.filter().orElseThrow().matches(json(e))).toList();
            windows.add(input, events.clicks(matching));
            eventIds.computeIfAbsent(input, s -> new ArrayList<>()).addAll(matching.stream().map(events::id).toList());
            filteredIn.merge(input, (long) matching.size(), Long::sum);
        });
    }

    private static byte[] json(Object event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    /** The events put into one stream, and what the reconciliation asks of each. */
    private interface Events<T> {
        List<T> next(int count);

        String id(T event);

        String partitionKey(T event);

        /** The events as the Flink jobs count them: as clicks, those that decode as one. */
        List<ClickEvent> clicks(List<T> events);

        /** The poison records put between the events, in order. */
        List<Poison.Kind> poison();

        /** The events as declared aggregates evaluate them: those of a declared schema. */
        default List<ObjectNode> declared(List<T> events) {
            return List.of();
        }
    }

    /** The seed's clickstream. */
    private record Clicks(ClickstreamGenerator generator) implements Events<ClickEvent> {
        @Override
        public List<ClickEvent> next(int count) {
            return generator.next(count);
        }

        @Override
        public String id(ClickEvent event) {
            return event.eventId();
        }

        @Override
        public String partitionKey(ClickEvent event) {
            return event.userId();
        }

        @Override
        public List<ClickEvent> clicks(List<ClickEvent> events) {
            return events;
        }

        @Override
        public List<Poison.Kind> poison() {
            return Poison.KINDS;
        }
    }

    /** Events of a declared schema. */
    private record Declared(DeclaredEvents events, DeclaredEvents.Generator generator) implements Events<ObjectNode> {
        private static final JsonRecordDecoder<ClickEvent> CLICKS = JsonRecordDecoder.of(ClickEvent.class);

        @Override
        public List<ObjectNode> next(int count) {
            return generator.next(count);
        }

        @Override
        public String id(ObjectNode event) {
            return events.id(event);
        }

        @Override
        public String partitionKey(ObjectNode event) {
            return events.partitionKey(event);
        }

        @Override
        public List<ClickEvent> clicks(List<ObjectNode> chunk) {
            List<ClickEvent> clicks = new ArrayList<>();
            for (ObjectNode event : chunk) {
                try {
                    clicks.add(CLICKS.decode(ByteBuffer.wrap(json(event))));
                } catch (RecordDecodeException e) {
                    // not a click: a Flink job counts nothing for it
                }
            }
            return clicks;
        }

        @Override
        public List<Poison.Kind> poison() {
            return events.poison();
        }

        @Override
        public List<ObjectNode> declared(List<ObjectNode> chunk) {
            return chunk;
        }
    }

    /** Begins a fault once the one before it is over, so that each is measured on its own. */
    private void begin(Disruption disruption, long position) {
        try {
            if (previous != null) {
                previous.awaitOver();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        disruption.begin(position, new Functions(), options.timeout());
        previous = disruption;
    }

    /** The run's functions, as a fault sees them. */
    private final class Functions implements Disruption.Functions {

        private List<MappingStage> mappings() {
            return stages.stream().filter(MappingStage.class::isInstance).map(MappingStage.class::cast).toList();
        }

        @Override
        public long retries() {
            return mappings().stream().mapToLong(MappingStage::retries).sum();
        }

        @Override
        public long toOnFailure() {
            Set<String> poison = poisoned.stream().map(Poison.Put::sequenceNumber).collect(Collectors.toSet());
            return mappings().stream().flatMap(m -> m.failedSequenceNumbers().stream())
                    .filter(sequenceNumber -> !poison.contains(sequenceNumber)).count();
        }

        @Override
        public BooleanSupplier caughtUpWithWhatIsPutNow() {
            Map<MappingStage, Long> put = new HashMap<>();
            mappings().forEach(m -> put.put(m, events(m.stream()) + poisonIn(m.stream()).size()));
            return () -> put.entrySet().stream().allMatch(e -> e.getKey().consumed() >= e.getValue());
        }
    }

    private List<String> faultLines() {
        if (options.faults().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(", ", options.faults().stream().map(Fault::option).sorted().toList())
                + " injected" + (options.faults().contains(Fault.POISON) ? " (" + poisoned.size() + " poison records)" : ""));
        disruptions.inOrder().forEach(d -> lines.add(d.report()));
        lines.addAll(disruptions.notApplicable());
        return lines;
    }

    private List<Poison.Put> poisonIn(String stream) {
        return poisoned.stream().filter(p -> p.stream().equals(stream)).toList();
    }

    /** The poison records that reach a function: those of its stream that its filter lets through. */
    private List<Poison.Put> poisonThrough(MappingStage function) {
        return poisonIn(function.stream()).stream().filter(p -> function.filter()
                .map(f -> f.matches(p.kind().payload().getBytes(StandardCharsets.UTF_8))).orElse(true)).toList();
    }
}
