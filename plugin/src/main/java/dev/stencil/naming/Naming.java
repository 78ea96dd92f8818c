package dev.stencil.naming;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one naming layer: decides every class, package, construct id, environment variable and file
 * path from the model. Names are safe (see {@link JavaNames}), unique (a later component whose
 * name would collide, ignoring case, gets a numeric suffix in declaration order) and stable across
 * runs, so the reverse direction can find them again.
 */
public final class Naming {

    /**
     * The construct ids the kit gives a stack's own constructs (its {@code KitDefaults.STACK_CONSTRUCT_IDS},
     * in lower case; a test holds the two equal): a node named so gets a suffix, so that its
     * constructs never collide with them.
     */
    /** Types the generated records and their imports already mean: a schema named so gets a suffix. */
    private static final Set<String> TAKEN_TYPES = Set.of("Object", "String", "Integer", "Long", "Float", "Double",
            "Boolean", "Number", "Record", "Override", "Class", "System", "Math", "Objects", "JsonProperty", "JsonNode",
            "Void", "Enum", "Character", "Byte", "Short", "Iterable", "Thread", "Runtime", "Exception", "Error",
            "JsonEvent", "JsonFields", "JsonOut", "JsonParser", "IOException", "Set", "Reader");

    /** Methods of every record, which no component may be named. */
    private static final Set<String> RECORD_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "clone",
            "finalize", "notify", "notifyAll", "wait");

    public static final Set<String> KIT_CONSTRUCT_IDS = Set.of("alarms", "dashboard", "accesslogs", "shared",
            "sharedkey");

    private final String basePackage;
    private final String projectName;
    private final Map<String, ComponentNames> byAlias = new LinkedHashMap<>();

    public Naming(Architecture architecture, String basePackage) {
        this.basePackage = basePackage;
        this.projectName = JavaNames.kebab(architecture.name(), "stencil-app");
        Set<String> taken = new HashSet<>(Set.of("app", "stack", "kit"));
        taken.addAll(KIT_CONSTRUCT_IDS);
        for (Component c : architecture.components()) {
            String stem = unique(idStem(c.alias()), taken);
            byAlias.put(c.alias(), new ComponentNames(c.alias(), stem, JavaNames.camel(stem, "c"),
                    JavaNames.packageSegment(stem, "c"), JavaNames.upperSnake(stem, "C"), JavaNames.kebab(stem, "c")));
        }
    }

    public ComponentNames of(String alias) {
        ComponentNames names = byAlias.get(alias);
        if (names == null) {
            throw new IllegalArgumentException("no component " + alias);
        }
        return names;
    }

    public ComponentNames of(Component component) {
        return of(component.alias());
    }

    /** The generated project's artifactId and folder-friendly name, such as {@code clickstream}. */
    /**
     * A diagram file's name without its extension ({@code clickstream} for {@code clickstream.puml}): the
     * architecture's name when the diagram gives none, and the stem of the image {@code render} draws.
     *
     * @param fileName the diagram's file name or path
     */
    public static String diagramBaseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The image {@code stencil:render} draws a diagram into by default, under the build folder. */
    public static String diagramImage(String fileName, String extension) {
        return diagramBaseName(fileName) + "." + extension;
    }

    public String projectName() {
        return projectName;
    }

    /** PascalCase of the project name, such as {@code Clickstream}: the app and stack class stem. */
    public String projectType() {
        return JavaNames.pascal(projectName, "Stencil");
    }

    /** The CDK app class, such as {@code ClickstreamApp}. */
    public String appType() {
        return projectType() + "App";
    }

    /** The stack class, such as {@code ClickstreamStack}; also the stack's construct id. */
    public String stackType() {
        return projectType() + "Stack";
    }

    /** The local variable of a nested stack in the generated stack, such as {@code processing1} for {@code Processing1}. */
    public String nestedStackVariable(String nestedStackId) {
        return Character.toLowerCase(nestedStackId.charAt(0)) + nestedStackId.substring(1);
    }

    /** The stack's configuration record, such as {@code ClickstreamConfig}. */
    public String configType() {
        return projectType() + "Config";
    }

    /** The stack's CDK assertion test, such as {@code ClickstreamStackTest}. */
    public String stackTestType() {
        return stackType() + "Test";
    }

    /** The stack's cdk-nag test, such as {@code ClickstreamStackNagTest}. */
    public String nagTestType() {
        return stackType() + "NagTest";
    }

    /** The Flink entry point that runs the job named by property {@code Stencil.job}. */
    public String analyticsMainType() {
        return "AnalyticsMain";
    }

    /** The fully qualified Flink entry point, such as {@code com.example.clickstream.analytics.AnalyticsMain}. */
    public String analyticsMainClass() {
        return modulePackage("analytics") + "." + analyticsMainType();
    }

    /** The fully qualified CDK app class, such as {@code com.example.clickstream.infra.ClickstreamApp}. */
    public String appClass() {
        return modulePackage("infra") + "." + appType();
    }

    /** The local run's main class. */
    public String localRunType() {
        return "LocalRun";
    }

    /** The functions' test stand-in for OpenSearch and DynamoDB. */
    public String standInServerType() {
        return "StandInServer";
    }

    /**
     * The id of the CfnOutput the kit gives a node, such as {@code KdsStreamName}.
     *
     * @param node the node's names
     * @param attribute what the output holds, such as {@code StreamName}
     */
    public String outputId(ComponentNames node, String attribute) {
        return node.type() + attribute;
    }

    /**
     * The Flink property group that points a job at a stream or table, such as {@code Kds}, and a
     * job's own group, such as {@code Kda}: the node's construct id.
     */
    public String propertyGroup(ComponentNames node) {
        return node.type();
    }

    /**
     * The prefix of the logical id of a Flink application's role, such as {@code KdaRole}: the kit
     * creates it as child {@code Role} of the application's construct.
     */
    public String flinkRoleIdPrefix(ComponentNames app) {
        return app.type() + "Role";
    }

    /** The prefix of every saved object's id in an index's dashboards file, such as {@code stencil-fn}. */
    public String dashboardsIdPrefix(ComponentNames function) {
        return "stencil-" + searchIndex(function);
    }

    /** A function's Lambda handler class, such as {@code FnHandler}. */
    public String handlerType(ComponentNames function) {
        return function.type() + "Handler";
    }

    /** A function's handler, fully qualified, such as {@code com.example.clickstream.functions.fn.FnHandler}. */
    public String handlerClass(ComponentNames function) {
        return functionPackage(function) + "." + handlerType(function);
    }

    /** A function's user-owned logic class, such as {@code FnLogic}. */
    public String logicType(ComponentNames function) {
        return function.type() + "Logic";
    }

    /** The generated lookups of a function whose sidecar declares some, such as {@code FnLookups}. */
    public String lookupsType(ComponentNames function) {
        return function.type() + "Lookups";
    }

    /**
     * The method of a generated lookups class that finds one lookup's item, such as {@code customer}
     * for {@code as: customer}; never {@code enrich} or {@code none}, which the class has already.
     */
    public static String lookupMethod(String as) {
        String method = JavaNames.camel(as, "lookup");
        return method.equals("enrich") || method.equals("none") ? method + "Lookup" : method;
    }

    /** The generated fixture of a function's handler test, such as {@code FnHandlerFixture}. */
    public String handlerFixtureType(ComponentNames function) {
        return handlerType(function) + "Fixture";
    }

    /** The user-owned test of a function's handler, such as {@code FnHandlerTest}. */
    public String handlerTestType(ComponentNames function) {
        return handlerType(function) + "Test";
    }

    /** A Flink application's job class, such as {@code KdaJob}. */
    public String jobType(ComponentNames app) {
        return app.type() + "Job";
    }

    /** A Flink application's job, fully qualified, such as {@code com.example.clickstream.analytics.kda.KdaJob}. */
    public String jobClass(ComponentNames app) {
        return jobPackage(app) + "." + jobType(app);
    }

    /** The local run's variable of the stage feeding a function from a stream, such as {@code fnFromKds}. */
    public String localFeedVariable(ComponentNames function, ComponentNames stream) {
        return function.variable() + "From" + stream.type();
    }

    /** The local run's variable of a Flink application's job, such as {@code kdaJob}. */
    public String localJobVariable(ComponentNames app) {
        return app.variable() + "Job";
    }

    public String basePackage() {
        return basePackage;
    }

    /** The package of one module, such as {@code com.example.clickstream.infra}. */
    public String modulePackage(String module) {
        return basePackage + "." + module;
    }

    /** The source path of a class, such as {@code infra/src/main/java/com/example/.../App.java}. */
    public String javaPath(String module, String sourceSet, String pkg, String type) {
        return module + "/src/" + sourceSet + "/java/" + pkg.replace('.', '/') + "/" + type + ".java";
    }

    /** The package of the event records generated from declared schemas, such as {@code com.example.telemetry.events}. */
    public String eventsPackage() {
        return basePackage + ".events";
    }

    /**
     * The record generated for a declared schema: the sidecar's name for it as a Java type, such as
     * {@code Reading}; with {@code Event} after it when that name is one Java code already means.
     */
    public static String eventType(String schemaName) {
        String type = JavaNames.pascal(schemaName, "Event");
        return TAKEN_TYPES.contains(type) ? type + "Event" : type;
    }

    /** The record of a declared schema, fully qualified, such as {@code com.example.orders.events.Order}. */
    public String eventClass(String schemaName) {
        return eventsPackage() + "." + eventType(schemaName);
    }

    /**
     * The record component of each field of a declared schema, by the field's JSON name: camel case,
     * never a reserved word or a method every record has, never two alike.
     */
    public static Map<String, String> eventComponents(List<String> fieldNames) {
        Map<String, String> components = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String field : fieldNames) {
            String base = JavaNames.camel(field, "field");
            base = RECORD_METHODS.contains(base) ? base + "Value" : base;
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + n;
            }
            components.put(field, name);
        }
        return components;
    }

    /** The class-path resource the local run makes a declared stream's events from, such as {@code /stencil/events/Raw.json}. */
    public String localEventsResource(ComponentNames stream) {
        return "/stencil/events/" + stream.type() + ".json";
    }

    /** The class-path resource of a Flink application's declared aggregate, such as {@code /stencil/aggregates/RollupJob.json}. */
    public String aggregateSpecResource(ComponentNames app) {
        return "/stencil/aggregates/" + jobType(app) + ".json";
    }

    /** The class-path resource of a Flink application's generated query, such as {@code /stencil/sql/RollupJob.sql}. */
    public String aggregateSqlResource(ComponentNames app) {
        return "/stencil/sql/" + jobType(app) + ".sql";
    }

    /** The class-path resource of a declared schema's OpenSearch mappings, such as {@code /stencil/search/Order.json}. */
    public String searchMappingsResource(String eventType) {
        return "/stencil/search/" + eventType + ".json";
    }

    /** Where a geo-IP table the sidecar names is put beside the functions' classes, such as {@code /stencil/geoip/ranges.csv}. */
    public String geoIpResource(String fileName) {
        return "/stencil/geoip/" + fileName;
    }

    /** The OpenSearch mappings of a function's enriched documents, such as {@code /stencil/search/Order-Indexer.json}. */
    public String searchMappingsResource(String eventType, ComponentNames function) {
        return "/stencil/search/" + eventType + "-" + function.type() + ".json";
    }

    /** The package of a function's handler and logic, such as {@code com.example.clickstream.functions.fn}. */
    public String functionPackage(ComponentNames function) {
        return modulePackage("functions") + "." + function.packageSegment();
    }

    /** The package of a Flink application's job, such as {@code com.example.clickstream.analytics.kda}. */
    public String jobPackage(ComponentNames app) {
        return modulePackage("analytics") + "." + app.packageSegment();
    }

    /** The OpenSearch index a function writes to: the function's name. */
    public String searchIndex(ComponentNames function) {
        return function.resourceName();
    }

    /** The OpenSearch Dashboards saved-objects file of the index a function writes to. */
    public String dashboardsPath(ComponentNames function) {
        return "dashboards/" + searchIndex(function) + ".ndjson";
    }

    /** The variable holding a search domain's endpoint, such as {@code OS_ENDPOINT}. */
    public String endpointVariable(ComponentNames domain) {
        return domain.envPrefix() + "_ENDPOINT";
    }

    /** The variable holding the index name a function writes to in a domain, such as {@code OS_INDEX}. */
    public String indexVariable(ComponentNames domain) {
        return domain.envPrefix() + "_INDEX";
    }

    /** The variable holding a queue's URL, such as {@code ALERTS_QUEUE_URL}. */
    public String queueVariable(ComponentNames queue) {
        return queue.envPrefix() + "_QUEUE_URL";
    }

    /** The variable holding a table's name, such as {@code DDB_TABLE_NAME}. */
    public String tableVariable(ComponentNames table) {
        return table.envPrefix() + "_TABLE_NAME";
    }

    /**
     * The construct id an alias gets before collisions are resolved, such as {@code Kds} for
     * {@code kds}: a later component whose stem is taken gets a numeric suffix.
     */
    public static String idStem(String alias) {
        return JavaNames.pascal(alias, "C");
    }

    /** The alias of a component that only the code has, from its construct id: {@code Scorer} → {@code scorer}. */
    public static String aliasOf(String constructId) {
        return JavaNames.camel(constructId, "c");
    }

    /**
     * The construct id of what an arrow builds between two nodes, such as {@code KdsToFn} (an
     * event source mapping) or {@code KdsToS3} (the delivery stream of a stream → bucket arrow):
     * the ids the overrides file, the kit and {@code reverse} use for the arrow.
     *
     * @param sourceId the construct id of the arrow's source
     * @param targetId the construct id of the arrow's target
     */
    public static String wireId(String sourceId, String targetId) {
        return sourceId + "To" + targetId;
    }

    /**
     * The name a bucket gets in a local run, such as {@code clickstream-s3}: bucket names are
     * lower case and at least three characters; the deployed stack lets CloudFormation name it.
     */
    public String localBucketName(ComponentNames bucket) {
        return projectName + "-" + bucket.resourceName();
    }

    private static String unique(String stem, Set<String> taken) {
        String name = stem;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + n;
        }
        return name;
    }
}
