package dev.stencil.engine;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.diagram.Diagram;
import dev.stencil.draw.Drawing;
import dev.stencil.draw.PlantUmlSource;
import dev.stencil.diagram.DiagramReader;
import dev.stencil.diagram.ReadResult;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import dev.stencil.output.AtomicFiles;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.Manifest;
import dev.stencil.output.ProjectWriter;
import dev.stencil.output.WriteReport;
import dev.stencil.plan.GenerationPlan;
import dev.stencil.plan.Planner;
import dev.stencil.plan.ProjectSettings;
import dev.stencil.render.FileSet;
import dev.stencil.render.Renderer;
import dev.stencil.render.TemplateEngine;
import dev.stencil.resolve.Resolution;
import dev.stencil.reverse.CodeReader;
import dev.stencil.reverse.DiagramEditor;
import dev.stencil.reverse.DiagramPrinter;
import dev.stencil.reverse.Difference;
import dev.stencil.reverse.Reverser;
import dev.stencil.resolve.Resolver;
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

    private final StencilCatalog catalog = StencilCatalog.standard();
    private final Validator validator = Validator.standard();

    /** Reads and checks a diagram; every diagnostic at once, or the architecture it describes. */
    public Analysis analyze(String file, String text, boolean lenient) throws DiagramException {
        ReadResult read = DiagramReader.read(file, text, new FileIncludes());
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        Architecture architecture = null;
        Diagram syntax = null;
        if (!read.diagrams().isEmpty()) {
            syntax = read.diagrams().get(0);
            read.diagrams().stream().skip(1).forEach(ignored -> diagnostics.add(Diagnostic.warning(
                    "MULTIPLE_DIAGRAMS", ignored.location(), "this file holds more than one diagram; only the first"
                            + " is generated", "move each diagram to a file of its own")));
            Resolution resolution = new Resolver(catalog, lenient).resolve(read.diagrams().get(0), baseName(file));
            diagnostics.addAll(resolution.diagnostics());
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                diagnostics.addAll(validator.validate(resolution.architecture()));
            }
            architecture = resolution.architecture();
        }
        if (architecture == null || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new DiagramException(diagnostics, new DiagnosticPrinter(file, text).printAll(diagnostics));
        }
        return new Analysis(syntax, architecture, diagnostics);
    }

    /** Generates the project the request describes. */
    public GenerateResult generate(GenerateRequest request) throws IOException, DiagramException, EditedFilesException {
        String text = Files.readString(request.diagram(), StandardCharsets.UTF_8);
        String file = request.diagram().toString();
        Analysis analysis = analyze(file, text, request.lenient());
        Architecture architecture = analysis.architecture();
        List<Diagnostic> found = analysis.warnings();
        GenerationPlan plan = new Planner(
                ProjectSettings.of(request.groupId(), request.basePackage(), architecture.name()), fileName(file))
                .plan(architecture);
        FileSet files = new Renderer(new TemplateEngine(request.templateDirectory()), fileName(file)).render(plan);
        ProjectWriter writer = new ProjectWriter(request.outputDirectory(), request.force());
        WriteReport report = request.dryRun() ? writer.plan(files) : writer.write(files);
        return new GenerateResult(found.isEmpty() ? "" : new DiagnosticPrinter(file, text).printAll(found), report);
    }

    /**
     * Compares the diagram with what the generated project's code builds and, when asked, writes
     * the code's architecture back into the diagram, editing only the lines that differ. Without a
     * diagram file, the code's architecture is printed as a new diagram.
     *
     * @param diagram the diagram file
     * @param project the generated project
     * @param write whether to write the edited diagram
     */
    public ReverseResult reverse(Path diagram, Path project, boolean write)
            throws IOException, DiagramException, NotGeneratedException {
        if (!Files.isRegularFile(project.resolve(Manifest.PATH))) {
            throw new NotGeneratedException(project);
        }
        if (!Files.exists(diagram)) {
            Architecture none = new Architecture(baseName(diagram.toString()), List.of(), List.of());
            Architecture fromCode = new Reverser(none).fromCode(new CodeReader().read(project));
            String printed = DiagramPrinter.print(fromCode);
            if (write) {
                AtomicFiles.write(diagram, printed.getBytes(StandardCharsets.UTF_8));
            }
            return new ReverseResult(Difference.between(none, fromCode), printed);
        }
        String file = diagram.toString();
        String text = Files.readString(diagram, StandardCharsets.UTF_8);
        Analysis analysis = analyze(file, text, false);
        Architecture fromCode = new Reverser(analysis.architecture()).fromCode(new CodeReader().read(project));
        Difference difference = Difference.between(analysis.architecture(), fromCode);
        String edited = difference.isEmpty() ? text
                : DiagramEditor.apply(text, file, analysis.syntax(), analysis.architecture(), difference);
        if (write && !edited.equals(text)) {
            AtomicFiles.write(diagram, edited.getBytes(StandardCharsets.UTF_8));
        }
        return new ReverseResult(difference, edited);
    }

    /**
     * Draws the diagram with the AWS icons, as PlantUML would draw it with the {@code awslib20} library.
     *
     * @param diagram the diagram file
     * @param format the image format
     * @return the image
     */
    public byte[] draw(Path diagram, Drawing.Format format) throws IOException, DiagramException {
        String file = diagram.toString();
        Analysis analysis = analyze(file, Files.readString(diagram, StandardCharsets.UTF_8), true);
        return Drawing.draw(PlantUmlSource.of(analysis.syntax()), format);
    }

    private static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }

    private static String baseName(String file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
