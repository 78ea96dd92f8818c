package dev.stencil.reverse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stencil.integration.Integrations;
import dev.stencil.integration.NodeIntegration;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the CDK code of a generated project with JavaParser: the constructs that stand for nodes
 * (kit calls such as {@code Functions.create(this, "Fn", …)}, and plain CDK in both
 * {@code new Function(this, "Fn", …)} and {@code Function.Builder.create(this, "Fn")} styles) and
 * the statements that stand for arrows ({@code Wiring} calls, event sources, grants). The kit
 * itself is not read: it is the same for every diagram.
 */
public final class CodeReader {

    /** Kit factories ({@code Streams.create(this, "Kds")}) and plain CDK classes, each with the kind it builds. */
    private static final Map<String, ServiceKind> KIT = new HashMap<>();
    private static final Map<String, ServiceKind> CDK = new HashMap<>();
    /** The {@code Wiring} methods that stand for arrows. */
    private static final Set<String> WIRING = new HashSet<>();

    static {
        Integrations integrations = Integrations.standard();
        for (NodeIntegration node : integrations.nodes()) {
            node.kitFactory().ifPresent(factory -> KIT.put(factory, node.kind()));
            node.cdkClasses().forEach(type -> CDK.put(type, node.kind()));
        }
        integrations.arrows().forEach(arrow -> arrow.wiringMethod().ifPresent(WIRING::add));
    }

    /** Grants whose grantee is the arrow's source: it writes to the construct granted on. */
    private static final Set<String> WRITE_GRANTS = Set.of("grantWrite", "grantWriteData", "grantPut",
            "grantReadWriteData", "grantReadWrite", "grantIndexWrite", "grantIndexReadWrite");
    /** Grants whose grantee is the arrow's target: it reads the construct granted on. */
    private static final Set<String> READ_GRANTS = Set.of("grantRead", "grantReadData", "grantStreamRead");

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /**
     * Reads every Java file of the infra module's main sources, except the kit.
     *
     * @param projectRoot the generated project's root
     * @return what the code builds; empty when there is no infra module
     */
    public CodeModel read(Path projectRoot) throws IOException {
        Path sources = projectRoot.resolve("infra/src/main/java");
        List<CodeComponent> components = new ArrayList<>();
        List<CodeConnection> connections = new ArrayList<>();
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (!file.getParent().getFileName().toString().equals("kit")) {
                        read(projectRoot.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8),
                                components, connections);
                    }
                }
            }
        }
        return new CodeModel(components, connections);
    }

    /** Reads one source text; public for tests that need no file system. */
    public CodeModel read(String file, String source) {
        List<CodeComponent> components = new ArrayList<>();
        List<CodeConnection> connections = new ArrayList<>();
        read(file, source, components, connections);
        return new CodeModel(components, connections);
    }

    private void read(String file, String source, List<CodeComponent> components, List<CodeConnection> connections) {
        ParseResult<CompilationUnit> parsed = parser.parse(source);
        if (parsed.getResult().isEmpty()) {
            return;
        }
        CompilationUnit unit = parsed.getResult().get();
        unit.findAll(Expression.class, e -> e instanceof MethodCallExpr || e instanceof ObjectCreationExpr)
                .forEach(e -> construct(e).ifPresent(kindAndId -> components.add(new CodeComponent(
                        kindAndId.id, kindAndId.kind, variableOf(e), at(file, e)))));
        unit.findAll(MethodCallExpr.class).forEach(call -> arrow(file, call).ifPresent(connections::add));
    }

    private record KindAndId(ServiceKind kind, String id) {}

    private Optional<KindAndId> construct(Expression e) {
        if (e instanceof ObjectCreationExpr created && CDK.containsKey(created.getType().getNameAsString())) {
            return idArgument(created.getArguments()).map(id -> new KindAndId(CDK.get(created.getType()
                    .getNameAsString()), id));
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("create") && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            if (scope instanceof NameExpr name && KIT.containsKey(name.getNameAsString())) {
                return idArgument(call.getArguments()).map(id -> new KindAndId(KIT.get(name.getNameAsString()), id));
            }
            if (scope instanceof FieldAccessExpr field && field.getNameAsString().equals("Builder")
                    && CDK.containsKey(field.getScope().toString())) {
                return idArgument(call.getArguments()).map(id -> new KindAndId(CDK.get(field.getScope().toString()), id));
            }
        }
        return Optional.empty();
    }

    private Optional<CodeConnection> arrow(String file, MethodCallExpr call) {
        String method = call.getNameAsString();
        var args = call.getArguments();
        if (call.getScope().map(s -> s.toString().equals("Wiring")).orElse(false) && WIRING.contains(method)
                && args.size() >= 2) {
            String via = method.equals("streamToArchive") && args.size() > 2 ? literal(args.get(2)) : "";
            return Optional.of(new CodeConnection(variable(args.get(0)), variable(args.get(1)), via, at(file, call)));
        }
        if (call.getScope().isEmpty() || args.isEmpty()) {
            return Optional.empty();
        }
        String resource = variable(call.getScope().get());
        String grantee = variable(args.get(args.size() - 1));
        if (WRITE_GRANTS.contains(method)) {
            return Optional.of(new CodeConnection(grantee, resource, "", at(file, call)));
        }
        if (READ_GRANTS.contains(method)) {
            return Optional.of(new CodeConnection(resource, grantee, "", at(file, call)));
        }
        if (method.equals("addEventSource") && args.get(0) instanceof ObjectCreationExpr source
                && source.getType().getNameAsString().equals("KinesisEventSource") && source.getArguments().isNonEmpty()) {
            return Optional.of(new CodeConnection(variable(source.getArgument(0)), resource, "", at(file, call)));
        }
        return Optional.empty();
    }

    /** The variable an expression names: {@code fn}, {@code app.getRole()} → {@code app}, {@code this.fn} → {@code fn}. */
    private static String variable(Expression e) {
        if (e instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            return variable(call.getScope().get());
        }
        if (e instanceof FieldAccessExpr field) {
            return field.getNameAsString();
        }
        return "";
    }

    /** The variable a construct is stored in, following a builder chain such as {@code X.Builder.create(…)….build()}. */
    private static String variableOf(Expression e) {
        Node child = e;
        while (child.getParentNode().isPresent()) {
            Node parent = child.getParentNode().get();
            if (parent instanceof VariableDeclarator declarator) {
                return declarator.getNameAsString();
            }
            if (parent instanceof AssignExpr assign) {
                return variable(assign.getTarget());
            }
            Node current = child;
            boolean chained = parent instanceof MethodCallExpr call
                    && call.getScope().filter(scope -> scope == current).isPresent();
            if (!chained) {
                return "";
            }
            child = parent;
        }
        return "";
    }

    private static Optional<String> idArgument(List<Expression> args) {
        return args.size() >= 2 && args.get(1) instanceof StringLiteralExpr id ? Optional.of(id.asString())
                : Optional.empty();
    }

    private static String literal(Expression e) {
        return e instanceof StringLiteralExpr s ? s.asString() : "";
    }

    private static SourceLocation at(String file, Node node) {
        return node.getBegin().map(p -> new SourceLocation(file, p.line, p.column)).orElse(SourceLocation.ofFile(file));
    }
}
