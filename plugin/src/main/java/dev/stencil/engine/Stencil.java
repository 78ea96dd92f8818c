package dev.stencil.engine;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.declare.SchemaHistory;
import dev.stencil.declare.Sidecar;
import dev.stencil.declare.Sidecars;
import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.DiagramReader;
import dev.stencil.diagram.ReadResult;
import dev.stencil.draw.Drawing;
import dev.stencil.draw.PlantUmlSource;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.Severity;
import dev.stencil.naming.Naming;
import dev.stencil.output.AtomicFiles;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.Manifest;
import dev.stencil.output.ProjectWriter;
import dev.stencil.output.WriteReport;
import dev.stencil.plan.GenerationPlan;
import dev.stencil.plan.Ownership;
import dev.stencil.plan.Planner;
import dev.stencil.plan.ProjectSettings;
import dev.stencil.render.FileSet;
import dev.stencil.render.GeneratedFile;
import dev.stencil.render.Renderer;
import dev.stencil.render.TemplateEngine;
import dev.stencil.resolve.Resolution;
import dev.stencil.resolve.Resolver;
import dev.stencil.reverse.CodeReader;
import dev.stencil.reverse.DiagramEditor;
import dev.stencil.reverse.DiagramPrinter;
import dev.stencil.reverse.Difference;
import dev.stencil.reverse.Reverser;
import dev.stencil.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The director: read, resolve, validate, plan, render, write. It knows nothing of Maven, so a
 * unit test or a benchmark can drive it as the mojo does.
 */
public final class Stencil {

    /** How a diagram's problems are taken. */
    private enum Reading {
        /** Every error stops: generation. */
        STRICT,
        /** Nodes of known but unsupported services are skipped with a warning: lenient generation. */
        LENIENT,
        /**
         * Only a diagram that cannot be read stops; what it means is reported as warnings: reverse,
         * check and render, which must work on an incomplete diagram.
         */
        TOLERANT
    }

    private final StencilCatalog catalog = StencilCatalog.standard();
    private final Validator validator = Validator.standard();

    /** Reads and checks a diagram; every diagnostic at once, or the architecture it describes. */
    public Analysis analyze(String file, String text, boolean lenient) throws DiagramException, IOException {
        return analyze(file, text, Naming.diagramBaseName(file), lenient ? Reading.LENIENT : Reading.STRICT);
    }

    private Analysis analyze(String file, String text, String fallbackName, Reading reading)
            throws DiagramException, IOException {
        ReadResult read = DiagramReader.read(file, text, new FileIncludes());
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        if (read.diagrams().isEmpty()) {
            throw new DiagramException(diagnostics, new DiagnosticPrinter(file, text).printAll(diagnostics));
        }
        Diagram syntax = read.diagrams().get(0);
        read.diagrams().stream().skip(1).forEach(ignored -> diagnostics.add(Diagnostic.warning(
                "MULTIPLE_DIAGRAMS", ignored.location(), "this file holds more than one diagram; only the first"
                        + " is generated", "move each diagram to a file of its own")));
        Resolution resolution = new Resolver(catalog, reading != Reading.STRICT).resolve(syntax, fallbackName);
        List<Diagnostic> meaning = new ArrayList<>(resolution.diagnostics());
        if (diagnostics.stream().noneMatch(Diagnostic::isError) && meaning.stream().noneMatch(Diagnostic::isError)) {
            meaning.addAll(validator.validate(resolution.architecture()));
        }
        Sidecar sidecar = Sidecars.read(Path.of(file), resolution.architecture());
        meaning.addAll(sidecar.diagnostics());
        diagnostics.addAll(reading == Reading.TOLERANT ? meaning.stream().map(Stencil::asWarning).toList() : meaning);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new DiagramException(diagnostics, new DiagnosticPrinter(file, text).printAll(diagnostics));
        }
        List<String> files = new ArrayList<>(read.includedFiles());
        sidecar.files().forEach(f -> files.add(f.toString()));
        return new Analysis(syntax, resolution.architecture().with(sidecar.declarations()), diagnostics, files,
                sidecar.schemas());
    }

    /** Generates the project the request describes. */
    public GenerateResult generate(GenerateRequest request) throws IOException, DiagramException, EditedFilesException {
        DiagramFile diagram = DiagramFile.read(request.diagram());
        Analysis analysis = analyze(diagram.name(), diagram.text(), diagram.baseName(),
                request.lenient() ? Reading.LENIENT : Reading.STRICT);
        ProjectDiagram inProject = ProjectDiagram.of(request.outputDirectory(), request.diagram(),
                analysis.includedFiles());
        List<Diagnostic> found = new ArrayList<>(analysis.warnings());
        found.addAll(inProject.warnings());
        Architecture architecture = analysis.architecture();
        List<Diagnostic> evolution = SchemaHistory.check(request.outputDirectory(), analysis.schemas(),
                architecture.declarations().schemas(), request.force());
        found.addAll(evolution);
        if (evolution.stream().anyMatch(Diagnostic::isError)) {
            throw new DiagramException(found, new DiagnosticPrinter(diagram.name(), diagram.text()).printAll(found));
        }
        ProjectSettings settings = ProjectSettings.of(request.groupId(), request.basePackage(), architecture.name(),
                inProject.source(request.lenient(), request.templateDirectory()));
        String fileName = request.diagram().getFileName().toString();
        GenerationPlan plan = new Planner(settings, fileName).plan(architecture, StackHomes.read(request.outputDirectory()));
        found.addAll(DataStoreChanges.dropped(request.outputDirectory(), plan.dataStores(), diagram.name()));
        found.addAll(OwnedFilesForOtherEvents.check(request.outputDirectory(), plan));
        FileSet files = new Renderer(new TemplateEngine(request.templateDirectory()), fileName).render(plan);
        inProject.addTo(files, diagram.text());
        if (analysis.includedFiles().contains(Sidecars.beside(request.diagram()).toString())) {
            files.add(new GeneratedFile(inProject.besideDiagram(Sidecars.SCHEMA_FILE), Sidecars.schemaText(),
                    Ownership.GENERATED));
        }
        analysis.schemas().forEach((name, text) -> files.add(
                new GeneratedFile(SchemaHistory.path(name), text, Ownership.GENERATED)));
        ProjectWriter writer = new ProjectWriter(request.outputDirectory(), request.force());
        try {
            WriteReport report = request.dryRun() ? writer.plan(files) : writer.write(files);
            return new GenerateResult(printed(diagram, found), report);
        } catch (EditedFilesException refused) {
            throw EditedFilesExplainer.explain(refused, files, architecture, request.outputDirectory());
        }
    }

    /**
     * Compares the diagram with what the generated project's code builds and, when asked, writes
     * the code's architecture back into the diagram, editing only the lines that differ. Without a
     * diagram file, the code's architecture is printed as a new diagram. A diagram that reads but
     * whose meaning is incomplete (a function with no input, say) is compared all the same; its
     * problems come back as warnings.
     *
     * @param diagramPath the diagram file
     * @param project the generated project
     * @param write whether to write the edited diagram
     */
    public ReverseResult reverse(Path diagramPath, Path project, boolean write)
            throws IOException, DiagramException, NotGeneratedException {
        if (!Files.isRegularFile(project.resolve(Manifest.PATH))) {
            throw new NotGeneratedException(project);
        }
        if (!Files.exists(diagramPath)) {
            Architecture none = new Architecture(Naming.diagramBaseName(diagramPath.toString()), List.of(), List.of());
            Architecture fromCode = new Reverser(none).fromCode(new CodeReader().read(project));
            String printed = DiagramPrinter.print(fromCode);
            if (write) {
                AtomicFiles.write(diagramPath, printed.getBytes(StandardCharsets.UTF_8));
            }
            return new ReverseResult(Difference.between(none, fromCode), printed, "");
        }
        DiagramFile diagram = DiagramFile.read(diagramPath);
        Analysis analysis = analyze(diagram.name(), diagram.text(), diagram.baseName(), Reading.TOLERANT);
        Architecture fromCode = new Reverser(analysis.architecture()).fromCode(new CodeReader().read(project));
        Difference difference = Difference.between(analysis.architecture(), fromCode);
        String edited = difference.isEmpty() ? diagram.text()
                : DiagramEditor.apply(diagram.text(), diagram.name(), analysis.syntax(), analysis.architecture(),
                        difference);
        if (write && !edited.equals(diagram.text())) {
            AtomicFiles.write(diagramPath, edited.getBytes(StandardCharsets.UTF_8));
        }
        return new ReverseResult(difference, edited, printed(diagram, analysis.warnings()));
    }

    /**
     * Draws the diagram with the AWS icons, as PlantUML would draw it with the {@code awslib20} library.
     *
     * @param diagramPath the diagram file
     * @param format the image format
     * @return the image
     */
    public byte[] draw(Path diagramPath, Drawing.Format format) throws IOException, DiagramException {
        DiagramFile diagram = DiagramFile.read(diagramPath);
        Analysis analysis = analyze(diagram.name(), diagram.text(), diagram.baseName(), Reading.TOLERANT);
        return Drawing.draw(PlantUmlSource.of(analysis.syntax()), format);
    }

    private static String printed(DiagramFile diagram, List<Diagnostic> warnings) {
        return warnings.isEmpty() ? "" : new DiagnosticPrinter(diagram.name(), diagram.text()).printAll(warnings);
    }

    private static Diagnostic asWarning(Diagnostic d) {
        return new Diagnostic(d.code(), Severity.WARNING, d.location(), d.message(), d.hint());
    }
}
