package dev.stencil.declare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.GenerateResult;
import dev.stencil.engine.Stencil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An aggregate arrow of the sidecar becomes a Flink SQL job, its declaration, a table keyed for it and a local check. */
class AggregateGenerationTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stencil.samples", "../samples"));
    private static final String ANALYTICS = "analytics/src/main/";
    private static final String STACK = "infra/src/main/java/com/example/orders/infra/OrdersStack.java";

    @TempDir
    Path dir;

    private Path diagram;
    private Path project;

    @BeforeEach
    void copyTheOrdersSample() throws IOException {
        Path folder = dir.resolve("my diagrams");
        Files.createDirectories(folder.resolve("schemas"));
        for (String file : new String[] {"orders.puml", "orders.stencil.yaml", "schemas/order.avsc"}) {
            Files.copy(SAMPLES.resolve(file), folder.resolve(file));
        }
        diagram = folder.resolve("orders.puml");
        project = dir.resolve("project");
    }

    private GenerateResult generate() throws Exception {
        return new Stencil().generate(new GenerateRequest(diagram, project, "com.example", Optional.empty(),
                Optional.empty(), false, false, false));
    }

    private void declare(String aggregate) throws IOException {
        Path sidecar = diagram.resolveSibling("orders.stencil.yaml");
        String text = Files.readString(sidecar, StandardCharsets.UTF_8);
        int start = text.indexOf("    aggregate:");
        int end = text.indexOf("local:");
        Files.writeString(sidecar, text.substring(0, start) + aggregate + text.substring(end), StandardCharsets.UTF_8);
    }

    @Test
    void theOrdersRollupIsAHoppingWindowQueryOnATableKeyedByProductWithATimeToLive() throws Exception {
        GenerateResult result = generate();

        assertThat(result.warnings()).doesNotContain("NOT_GENERATED_YET");
        assertThat(project.resolve(ANALYTICS + "resources/stencil/sql/RevenueJob.sql")).content()
                .contains("-- The aggregate of \"orders -> revenue\" in the sidecar")
                .contains("--   `amount` DOUBLE")
                .contains("  `productId`,\n  window_start AS `windowStart`,\n  window_end AS `windowEnd`,\n")
                .contains("  COUNT(*) AS `orders`,\n  SUM(CAST(`amount` AS DOUBLE)) AS `revenue`,\n"
                        + "  SUM(CAST(`quantity` AS BIGINT)) AS `units`,\n  MAX(`amount`) AS `largest`,\n"
                        + "  COUNT(DISTINCT `customerId`) AS `customers`\n")
                .contains("HOP(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))")
                .endsWith("GROUP BY `productId`, window_start, window_end\n");
        assertThat(project.resolve(ANALYTICS + "resources/stencil/aggregates/RevenueJob.json")).content()
                .contains("\"kind\" : \"HOP\"", "\"sizeMillis\" : 300000", "\"slideMillis\" : 60000",
                        "\"partitionKey\" : \"productId\"", "\"ttlSeconds\" : 2592000");
        assertThat(project.resolve(ANALYTICS + "java/com/example/orders/analytics/revenue/RevenueJob.java")).content()
                .contains("DeclaredAggregates.run(properties, \"revenue\", \"Revenue\",")
                .contains("\"/stencil/aggregates/RevenueJob.json\", \"/stencil/sql/RevenueJob.sql\");")
                .doesNotContain("PageClicks");
        assertThat(project.resolve(STACK)).content()
                .contains("Tables.create(this, \"ProductRevenue\", \"productId\", \"windowStart\", \"expiresAt\");");
        assertThat(project.resolve("README.md")).content()
                .contains("table `ProductRevenue` (`productId`, `windowStart`; TTL `expiresAt`)")
                .contains("| `orders` → `revenue` | 5-minute revenue | the Flink application reads the stream, as a Flink SQL"
                        + " job: windows of 5m every 1m per `productId` (`orders` = count, `revenue` = sum(amount),")
                .contains("kept 30d |")
                .contains("only events matching `{\"status\":[\"SHIPPED\"]}`")
                .contains("- `orders` carries `Order` events, event time `placedAt`, partition key `orderId`,"
                        + " identified by `eventId`");
        assertThat(project.resolve("local/src/main/java/com/example/orders/local/LocalRun.java")).content()
                .contains("pipeline.declaredAggregates(\"ProductRevenue\", \"/stencil/aggregates/RevenueJob.json\", \"Orders\");")
                .doesNotContain("pipeline.aggregates(\"ProductRevenue\"");
    }

    @Test
    void severalGroupKeysKeyTheTableByTheirJoinedValuesAndSessionsArePartitionedByThem() throws Exception {
        declare("""
                    aggregate:
                      window: session 150s
                      groupBy: [customerId, quantity]
                      measures: { value: sum(amount), average: avg(quantity), first: min(placedAt) }
                """);

        generate();

        assertThat(project.resolve(ANALYTICS + "resources/stencil/sql/RevenueJob.sql")).content()
                .contains("  `customerId`,\n  `quantity`,\n")
                .contains("  SUM(CAST(`amount` AS DOUBLE)) AS `value`,\n  AVG(CAST(`quantity` AS DOUBLE)) AS `average`,\n"
                        + "  MIN(`placedAt`) AS `first`\n")
                .contains("SESSION(TABLE `events` PARTITION BY (`customerId`, `quantity`), DESCRIPTOR(`rowtime`),"
                        + " INTERVAL '150' SECOND(3)))")
                .contains("GROUP BY `customerId`, `quantity`, window_start, window_end");
        assertThat(project.resolve(ANALYTICS + "resources/stencil/aggregates/RevenueJob.json")).content()
                .contains("\"partitionKey\" : \"key\"", "\"ttlSeconds\" : 0");
        assertThat(project.resolve(STACK)).content()
                .contains("Tables.create(this, \"ProductRevenue\", \"key\", \"windowStart\");");
    }

    @Test
    void aTumblingWindowWithoutGroupKeysIsOneItemPerWindowAndSizesReadAsPeopleWriteThem() throws Exception {
        declare("""
                    aggregate: { window: Tumble 2 hours, measures: { orders: count } }
                """);

        generate();

        assertThat(project.resolve(ANALYTICS + "resources/stencil/sql/RevenueJob.sql")).content()
                .contains("SELECT\n  window_start AS `windowStart`,")
                .contains("TUMBLE(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '2' HOUR))")
                .endsWith("GROUP BY window_start, window_end\n");
    }
}
