package dev.stencil.properties;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random valid architectures: every function and Flink application fed by a stream, every Flink
 * application writing a table, every delivery stream with one source and one bucket, labels of
 * any printable text (quotes, backslashes, line breaks, Unicode).
 */
final class Architectures {

    private static final Set<String> KEYWORDS = Set.of("as", "rectangle", "package", "cloud", "node", "frame",
            "folder", "database", "component", "left", "top", "note", "title", "legend", "skinparam", "hide", "show",
            "scale", "skin", "caption", "header", "footer", "newpage", "together", "allowmixing");
    private static final String LABEL_CHARS = "abcXYZ 09-_\"\\'/*${}<>&|`\n\téü☕🚀";
    private static final SourceLocation NOWHERE = SourceLocation.ofFile("random");

    private final Random random;
    private final List<Component> components = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<String> groups = List.of("Ingestion", "Processing \"core\"", "Storage & Search");

    private Architectures(long seed) {
        random = new Random(seed);
    }

    static Architecture random(long seed) {
        return new Architectures(seed).build();
    }

    private Architecture build() {
        List<Component> streams = add(ServiceKind.KINESIS_STREAM, 1 + random.nextInt(3));
        List<Component> tables = add(ServiceKind.DYNAMODB_TABLE, 1 + random.nextInt(2));
        List<Component> domains = add(ServiceKind.OPENSEARCH_DOMAIN, random.nextInt(2));
        List<Component> buckets = add(ServiceKind.S3_BUCKET, random.nextInt(2));
        for (Component client : add(ServiceKind.CLIENT, random.nextInt(3))) {
            connect(client, pick(streams), ConnectionKind.PRODUCE);
        }
        for (Component function : add(ServiceKind.LAMBDA_FUNCTION, random.nextInt(3))) {
            connect(pick(streams), function, ConnectionKind.STREAM_TO_FUNCTION);
            if (!domains.isEmpty() && random.nextBoolean()) {
                connect(function, pick(domains), ConnectionKind.FUNCTION_TO_SEARCH);
            }
            if (random.nextBoolean()) {
                connect(function, pick(tables), ConnectionKind.FUNCTION_TO_TABLE);
            }
        }
        for (Component app : add(ServiceKind.FLINK_APPLICATION, random.nextInt(2))) {
            connect(pick(streams), app, ConnectionKind.STREAM_TO_FLINK);
            connect(app, pick(tables), ConnectionKind.FLINK_TO_TABLE);
        }
        if (!buckets.isEmpty()) {
            if (random.nextBoolean()) {
                connect(pick(streams), pick(buckets), ConnectionKind.STREAM_ARCHIVE);
            } else {
                Component delivery = add(ServiceKind.FIREHOSE, 1).get(0);
                connect(pick(streams), delivery, ConnectionKind.STREAM_TO_FIREHOSE);
                connect(delivery, pick(buckets), ConnectionKind.FIREHOSE_TO_BUCKET);
            }
        }
        return new Architecture("random-" + random.nextInt(1000), components, connections);
    }

    private List<Component> add(ServiceKind kind, int count) {
        List<Component> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> path = random.nextInt(3) == 0 ? List.of() : groups.subList(0, 1 + random.nextInt(2));
            Component c = new Component(alias(), kind, label(), StencilCatalog.preferredNames().get(kind), path, NOWHERE);
            components.add(c);
            added.add(c);
        }
        return added;
    }

    private void connect(Component from, Component to, ConnectionKind kind) {
        boolean duplicate = connections.stream().anyMatch(c -> c.from().equals(from.alias()) && c.to().equals(to.alias()));
        if (!duplicate) {
            FlowStyle style = kind == ConnectionKind.PRODUCE ? FlowStyle.ASYNC : FlowStyle.SYNC;
            connections.add(new Connection(from.alias(), to.alias(), kind, random.nextBoolean() ? label() : "", style,
                    NOWHERE));
        }
    }

    private Component pick(List<Component> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String alias() {
        while (true) {
            StringBuilder alias = new StringBuilder().append((char) ('a' + random.nextInt(26)));
            for (int i = random.nextInt(8); i > 0; i--) {
                alias.append("abcdefghijklmnopqrstuvwxyz0123456789_".charAt(random.nextInt(37)));
            }
            String name = alias.toString();
            if (!KEYWORDS.contains(name) && components.stream().noneMatch(c -> c.alias().equals(name))) {
                return name;
            }
        }
    }

    private String label() {
        StringBuilder label = new StringBuilder();
        int[] chars = LABEL_CHARS.codePoints().toArray();
        for (int i = random.nextInt(12); i > 0; i--) {
            label.appendCodePoint(chars[random.nextInt(chars.length)]);
        }
        return label.toString().strip();
    }
}
