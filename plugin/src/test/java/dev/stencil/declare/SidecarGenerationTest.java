package dev.stencil.declare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.engine.DiagramException;
import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.GenerateResult;
import dev.stencil.engine.Stencil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sidecar beside the seed's diagram: what it declares reaches the project, and a bad one writes nothing. */
class SidecarGenerationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sidecar");
    private static final String STACK = "infra/src/main/java/com/example/clickstream/infra/ClickstreamStack.java";

    @TempDir
    Path dir;

    private Path diagram;
    private Path project;

    @BeforeEach
    void copyTheFixture() throws IOException {
        Path folder = dir.resolve("my diagrams");
        Files.createDirectories(folder.resolve("schemas"));
        for (String file : new String[] {"clickstream.puml", "clickstream.stencil.yaml", "schemas/click.avsc"}) {
            Files.copy(FIXTURE.resolve(file), folder.resolve(file));
        }
        diagram = folder.resolve("clickstream.puml");
        project = dir.resolve("project");
    }

    private GenerateResult generate(boolean force) throws Exception {
        return new Stencil().generate(new GenerateRequest(diagram, project, "com.example", Optional.empty(),
                Optional.empty(), force, false, false));
    }

    @Test
    void theFilterReachesTheMappingAndTheProjectKeepsTheSidecarItsSchemaAndTheJsonSchema() throws Exception {
        GenerateResult result = generate(false);

        assertThat(project.resolve(STACK)).content().contains(
                "Wiring.streamToFunction(kds, fn, true, \"{\\\"page\\\":[{\\\"prefix\\\":\\\"/products\\\"}]}\");");
        assertThat(project.resolve("src/main/stencil/clickstream.stencil.yaml")).hasSameTextualContentAs(
                diagram.resolveSibling("clickstream.stencil.yaml"));
        assertThat(project.resolve("src/main/stencil/schemas/click.avsc")).exists();
        assertThat(project.resolve("src/main/stencil/stencil-sidecar.schema.json")).content()
                .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(project.resolve(".stencil/schemas/Click.avsc")).hasSameTextualContentAs(
                diagram.resolveSibling("schemas/click.avsc"));
        assertThat(result.warnings()).contains("NOT_GENERATED_YET");
    }

    @Test
    void theFunctionOnTheDeclaredStreamIsGeneratedForTheSchemasRecord() throws Exception {
        generate(false);
        String functions = "functions/src/main/java/com/example/clickstream/";

        assertThat(project.resolve(functions + "events/Click.java")).content()
                .contains("public record Click(")
                .contains("@JsonProperty(value = \"eventId\", required = true) String eventId,")
                .contains("@JsonProperty(value = \"page\") String page,")
                .contains("@JsonProperty(value = \"timestamp\", required = true) long timestamp)")
                .contains("case \"timestamp\" -> {")
                .contains("Objects.requireNonNull(eventId, \"eventId is required\");");
        assertThat(project.resolve(functions + "functions/fn/FnHandler.java")).content()
                .contains("import com.example.clickstream.events.Click;")
                .contains("extends KinesisBatchHandler<Click>")
                .contains("IndexingProcessor.create(logic::enrich, Click::eventId, os)")
                .doesNotContain("ClickEvent");
        assertThat(project.resolve(functions + "functions/fn/FnLogic.java")).content()
                .contains("public Object enrich(Click click)");
        assertThat(project.resolve("functions/src/test/java/com/example/clickstream/functions/fn/FnHandlerTest.java"))
                .content().contains("void failsAnEventWithoutItsRequiredField()");
        assertThat(project.resolve("functions/src/main/resources/stencil/search/Click.json")).content()
                .contains("\"dynamic\" : \"strict\"")
                .contains("\"page\" : {\n      \"type\" : \"keyword\"")
                .contains("\"timestamp\" : {\n      \"type\" : \"date\",\n      \"format\" : \"epoch_millis\"");
        assertThat(project.resolve("dashboards/fn.ndjson")).content()
                .contains("\"timeFieldName\":\"timestamp\"").contains("Top userId").contains("Top sessionId").contains("Events over time")
                .doesNotContain("page.keyword");
        assertThat(project.resolve(functions + "functions/fn/FnHandler.java")).content()
                .contains("FromEnv.openSearchSink(env, \"OS_ENDPOINT\", \"OS_INDEX\", \"/stencil/search/Click.json\")");
        assertThat(project.resolve("local/src/main/resources/stencil/events/Kds.json")).content()
                .contains("\"id\" : \"eventId\"").contains("\"eventTime\" : \"timestamp\"");
        assertThat(project.resolve("local/src/main/java/com/example/clickstream/local/LocalRun.java")).content()
                .contains("pipeline.produce(\"Kds\", DeclaredEvents.fromResource(\"/stencil/events/Kds.json\"));")
                .contains("pipeline.failuresDecoding(fnFromKds, com.example.clickstream.events.Click.class,"
                        + " com.example.clickstream.events.Click.READER);");
    }

    @Test
    void aLookupDeclaredLaterGetsItsClassItsGrantAndAWordAboutTheLogicWrittenBeforeIt() throws Exception {
        Files.writeString(diagram, Files.readString(diagram).replace("@enduml",
                "mxgraph.aws4.dynamodb \"Users\" as users\nusers --> fn : user lookup\n@enduml"));
        assertThat(generate(false).warnings()).contains("LOOKUP_NOT_DECLARED").doesNotContain("OWNED_FILE_WITHOUT_LOOKUPS");
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Files.writeString(sidecar, Files.readString(sidecar)
                + "    enrich: [ { lookup: users, key: userId, as: user } ]\n");

        String warnings = generate(false).warnings();

        String fn = "functions/src/main/java/com/example/clickstream/functions/fn/";
        assertThat(warnings).doesNotContain("LOOKUP_NOT_DECLARED").contains("OWNED_FILE_WITHOUT_LOOKUPS")
                .contains(fn + "FnLogic.java is yours and was written before the sidecar declared lookups");
        assertThat(project.resolve(fn + "FnLookups.java")).content()
                .contains("FromEnv.itemLookup(env, \"USERS_TABLE_NAME\", \"userId\")")
                .contains(".with(\"user\", user(click))");
        assertThat(project.resolve(fn + "FnHandler.java")).content().contains("new FnLogic(FnLookups.fromEnv(env))");
        assertThat(project.resolve(STACK)).content()
                .contains("Table users = Tables.create(this, \"Users\", \"userId\");")
                .contains("Wiring.tableToFunction(users, fn, \"USERS_TABLE_NAME\");");
        assertThat(project.resolve("functions/src/main/resources/stencil/search/Click-Fn.json")).content()
                .contains("\"user\" : {\n      \"type\" : \"object\",\n      \"dynamic\" : true");
    }

    @Test
    void aGeoIpTableIsPutBesideTheFunctionAndItsLocationIsMapped() throws Exception {
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Files.writeString(sidecar, Files.readString(sidecar)
                + "    enrich: [ { geoip: ip, as: place, database: tables/ranges.csv } ]\n");
        Files.createDirectories(diagram.resolveSibling("tables"));
        Files.writeString(diagram.resolveSibling("tables/ranges.csv"), "# ranges\n192.0.2.0/24,FR,Paris\n");

        generate(false);

        String fn = "functions/src/main/java/com/example/clickstream/functions/fn/";
        assertThat(project.resolve(fn + "FnLookups.java")).content()
                .contains("import dev.stencil.runtime.enrich.GeoIpProvider;")
                .doesNotContain("import dev.stencil.runtime.enrich.ItemLookup;")
                .contains("FromEnv.geoIp(\"/stencil/geoip/ranges.csv\")")
                .contains("return place.locate(click.ip());")
                .contains(".with(\"place\", place(click).map(GeoLocation::attributes))");
        assertThat(project.resolve("functions/src/main/resources/stencil/geoip/ranges.csv")).content()
                .contains("192.0.2.0/24,FR,Paris");
        assertThat(project.resolve("src/main/stencil/tables/ranges.csv")).exists();
        assertThat(project.resolve("functions/src/main/resources/stencil/search/Click-Fn.json")).content()
                .contains("\"place\" : {\n      \"type\" : \"object\",\n      \"properties\" : {\n        \"country\"");
        assertThat(project.resolve("local/src/main/java/com/example/clickstream/local/LocalRun.java")).content()
                .contains("pipeline.locations(\"ip\", \"place\", \"/stencil/geoip/ranges.csv\", \"fn\", fnFromKds.input());");
    }

    @Test
    void anAggregatesOwnSqlFileIsParsedAndKeptWithTheDiagram() throws Exception {
        Files.writeString(diagram, Files.readString(diagram).replace("@enduml",
                "mxgraph.aws4.managed_service_for_apache_flink \"Mine\" as mine\n"
                        + "mxgraph.aws4.dynamodb \"Mine out\" as mineOut\nkds --> mine\nmine --> mineOut\n@enduml"));
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Files.writeString(sidecar, Files.readString(sidecar) + "  \"kds -> mine\": { aggregate: { sql: sql/mine.sql } }\n");
        Files.createDirectories(diagram.resolveSibling("sql"));
        Files.writeString(diagram.resolveSibling("sql/mine.sql"), "SELECT `page`, COUNT(*) AS `views`\nFROM `events`\n"
                + "GROUP BY `page`\n");

        String warnings = generate(false).warnings();

        assertThat(warnings).contains("is checked with Flink's SQL parser but not run yet");
        assertThat(project.resolve("src/main/stencil/sql/mine.sql")).hasSameTextualContentAs(
                diagram.resolveSibling("sql/mine.sql"));

        Files.writeString(diagram.resolveSibling("sql/mine.sql"), "SELECT `page`, COUNT(*) FROM `events` GROUP BY\n");
        assertThatThrownBy(this::generateAgain).isInstanceOf(DiagramException.class)
                .hasMessageContaining("sql/mine.sql:1:").hasMessageContaining("[SQL_SYNTAX]");
    }

    private void generateAgain() throws Exception {
        generate(false);
    }

    @Test
    void aLogicWrittenForClicksIsPointedOutOnceTheStreamDeclaresASchema() throws Exception {
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Path aside = Files.move(sidecar, sidecar.resolveSibling("aside.yaml"));
        assertThat(generate(false).warnings()).doesNotContain("OWNED_FILE_FOR_OTHER_EVENTS");
        Files.move(aside, sidecar);

        String warnings = generate(false).warnings();

        assertThat(warnings).contains("OWNED_FILE_FOR_OTHER_EVENTS")
                .contains("functions/src/main/java/com/example/clickstream/functions/fn/FnLogic.java is yours and never"
                        + " names Click")
                .contains("FnHandlerTest.java is yours");
        assertThat(project.resolve("functions/src/main/java/com/example/clickstream/functions/fn/FnLogic.java"))
                .content().contains("ClickEvent");
    }

    @Test
    void theProjectsCopyRegeneratesTheSameProjectAndIsTheUsersFromThenOn() throws Exception {
        generate(false);
        Map<Path, String> before = contents();

        new Stencil().generate(GenerateRequest.of(project.resolve("src/main/stencil/clickstream.puml"), project));

        Map<Path, String> after = contents();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.remove(Path.of(".stencil/manifest"));
        before.forEach((path, text) -> assertThat(after.get(path)).as(path.toString()).isEqualTo(text));
        // Generated from inside the project, the diagram, the sidecar and the schema are the user's files.
        assertThat(after.get(Path.of(".stencil/manifest"))).doesNotContain("src/main/stencil/clickstream");
    }

    @Test
    void anIncompatibleSchemaChangeIsRefusedAtTheFieldAndWritesNothingUnlessForced() throws Exception {
        generate(false);
        Map<Path, String> before = contents();
        Path schema = diagram.resolveSibling("schemas/click.avsc");
        Files.writeString(schema, Files.readString(schema).replace(
                "{\"name\": \"userAgent\", \"type\": [\"null\", \"string\"], \"default\": null},",
                "{\"name\": \"userAgent\", \"type\": [\"null\", \"string\"], \"default\": null},\n"
                        + "    {\"name\": \"country\", \"type\": \"string\"},"));

        assertThatThrownBy(() -> generate(false)).isInstanceOf(DiagramException.class)
                .hasMessageContaining("click.avsc:14:6: error [SCHEMA_INCOMPATIBLE] schema Click, field country:")
                .hasMessageContaining("reader field missing default value");
        assertThat(contents()).isEqualTo(before);

        GenerateResult forced = generate(true);
        assertThat(forced.warnings()).contains("warning [SCHEMA_INCOMPATIBLE]");
        assertThat(project.resolve(".stencil/schemas/Click.avsc")).content().contains("country");
    }

    @Test
    void aCompatibleChangeGoesThrough() throws Exception {
        generate(false);
        Path schema = diagram.resolveSibling("schemas/click.avsc");
        Files.writeString(schema, Files.readString(schema).replace(
                "{\"name\": \"timestamp\"", "{\"name\": \"country\", \"type\": \"string\", \"default\": \"\"},\n"
                        + "    {\"name\": \"timestamp\""));

        assertThat(generate(false).warnings()).doesNotContain("SCHEMA_INCOMPATIBLE");
    }

    @Test
    void aBadSidecarWritesNothing() throws Exception {
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Files.writeString(sidecar, Files.readString(sidecar).replace("prefix: /products", "prefx: /products")
                .replace("partitionKey: userId", "partitionKey: user"));

        assertThatThrownBy(() -> generate(false)).isInstanceOf(DiagramException.class)
                .hasMessageContaining("clickstream.stencil.yaml:5:39: error [SCHEMA_UNKNOWN_FIELD]")
                .hasMessageContaining("[FILTER_INVALID]");
        assertThat(project).doesNotExist();
    }

    @Test
    void aFolderWhereTheSidecarBelongsIsAnErrorNotASilentNoSidecar() throws Exception {
        Path sidecar = diagram.resolveSibling("clickstream.stencil.yaml");
        Files.delete(sidecar);
        Files.createDirectory(sidecar);

        assertThatThrownBy(() -> generate(false)).isInstanceOf(DiagramException.class)
                .hasMessageContaining("clickstream.stencil.yaml:1:1: error [SIDECAR_NOT_A_FILE]");
        assertThat(project).doesNotExist();
    }

    private Map<Path, String> contents() throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(project)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file), Files.readString(file));
            }
        }
        return files;
    }
}
