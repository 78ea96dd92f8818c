package dev.stencil.declare;

import dev.stencil.diagram.SourceText;
import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Declarations;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.FlowSemantics;
import dev.stencil.model.LocalValues;
import dev.stencil.model.SourceLocation;
import dev.stencil.model.StreamSemantics;
import dev.stencil.naming.Naming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the sidecar next to a diagram, {@code <diagram>}{@value #SUFFIX}: the YAML checked
 * against the shipped JSON Schema, the Avro schemas it names, and what it declares checked against
 * the diagram. Every problem is reported at once; nothing is thrown for bad input.
 */
public final class Sidecars {

    /** The sidecar's name after the diagram's base name. */
    public static final String SUFFIX = ".stencil.yaml";

    /** The JSON Schema of sidecars, as the project's copy names it. */
    public static final String SCHEMA_FILE = SidecarSchema.RESOURCE;

    private Sidecars() {}

    /** Where a diagram's sidecar is: beside it, named after it. */
    public static Path beside(Path diagram) {
        return diagram.resolveSibling(Naming.diagramBaseName(diagram.getFileName().toString()) + SUFFIX);
    }

    /** The JSON Schema sidecars follow, as shipped. */
    public static String schemaText() {
        return SidecarSchema.text();
    }

    /**
     * Reads the sidecar of a diagram, when it has one.
     *
     * @param diagram the diagram file
     * @param architecture what the diagram describes, which the declarations must name
     */
    public static Sidecar read(Path diagram, Architecture architecture) throws IOException {
        Path file = beside(diagram);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Sidecar(Declarations.NONE, List.of(Diagnostic.error("SIDECAR_NOT_A_FILE",
                    SourceLocation.ofFile(file.toString()), "the sidecar's name is taken by a folder, so its"
                            + " declarations cannot be read", "rename the folder, or put the declarations in a file of"
                            + " that name")), List.of(), Map.of());
        }
        if (!Files.isRegularFile(file)) {
            return Sidecar.NONE;
        }
        SourceText source = SourceText.decode(file.toString(), Files.readAllBytes(file));
        if (source.problem().isPresent()) {
            return new Sidecar(Declarations.NONE, List.of(source.problem().get()), List.of(file), Map.of());
        }
        LocatedYaml yaml = LocatedYaml.read(file.toString(), source.text());
        List<Diagnostic> problems = new ArrayList<>(yaml.problems());
        if (problems.stream().noneMatch(p -> p.code().equals(LocatedYaml.SYNTAX)) && !yaml.root().isObject()) {
            problems.add(Diagnostic.error("SIDECAR_INVALID", SourceLocation.ofFile(file.toString()),
                    "the sidecar is not a mapping", "start with schemas:, streams: or flows:"));
        }
        if (problems.stream().anyMatch(p -> !p.code().equals(LocatedYaml.DUPLICATE_KEY))) {
            return new Sidecar(Declarations.NONE, problems, List.of(file), Map.of());
        }
        problems.addAll(SidecarSchema.check(yaml));
        Checking checking = new Checking(yaml, file.getParent() == null ? Path.of("") : file.getParent(), architecture);
        checking.addAll(problems);
        SchemaSection.check(checking);
        List<StreamSemantics> streams = StreamSection.check(checking);
        List<FlowSemantics> flows = FlowSection.check(checking, streams);
        List<LocalValues> local = LocalSection.check(checking);
        TypedFunctionCheck.check(checking, streams);
        FlinkJobCheck.check(checking, streams, flows);
        LookupTableCheck.check(checking, streams, flows);
        List<Path> files = new ArrayList<>(List.of(file));
        Map<String, String> texts = new LinkedHashMap<>();
        checking.schemas().forEach((name, read) -> texts.put(name, read.text()));
        yaml.root().path("schemas").forEach(path -> files.add(checking.resolve(path.asText())));
        yaml.root().path("flows").forEach(flow -> {
            if (flow.path("aggregate").path("sql").isTextual()) {
                files.add(checking.resolve(flow.path("aggregate").path("sql").asText()));
            }
            flow.path("enrich").forEach(enrichment -> {
                if (enrichment.path("database").isTextual()) {
                    files.add(checking.resolve(enrichment.path("database").asText()));
                }
            });
        });
        return new Sidecar(new Declarations(checking.schemas().values().stream().map(AvroSchemas.Read::schema)
                .toList(), streams, flows, local), checking.problems(), files.stream().filter(Files::isRegularFile).toList(),
                texts);
    }
}
