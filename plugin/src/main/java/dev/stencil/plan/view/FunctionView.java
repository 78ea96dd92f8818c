package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the files of one function: its generated handler, its user-owned logic and test.
 *
 * @param basePackage the base package
 * @param packageName the function's package, such as {@code com.example.clickstream.functions.fn}
 * @param handlerType the Lambda entry class, such as {@code FnHandler}
 * @param logicType the user-owned logic class, such as {@code FnLogic}
 * @param fixtureType the generated fixture of the handler's test, such as {@code FnHandlerFixture}
 * @param testType the user-owned test of the handler, such as {@code FnHandlerTest}
 * @param alias the diagram alias
 * @param label the diagram label on one line, escaped for Javadoc
 * @param sources the aliases of the streams that trigger it, for Javadoc
 * @param sinks what it writes to, in diagram order
 * @param searchTargets how many OpenSearch domains it indexes into
 * @param tableTargets how many tables it counts into
 * @param queueTargets how many queues it sends to
 * @param event the events it decodes
 * @param logicArguments the arguments its logic is built with from the environment ({@code env} in scope)
 * @param lookupsType the generated class of its declared lookups; empty when it declares none
 * @param lookups its declared lookups, in the sidecar's order
 * @param lookupImports what the generated lookups class imports, sorted
 * @param testLogicArguments the arguments its logic is built with in its unit test
 */
public record FunctionView(
        String basePackage,
        String packageName,
        String handlerType,
        String logicType,
        String fixtureType,
        String testType,
        String alias,
        String label,
        String sources,
        List<Sink> sinks,
        int searchTargets,
        int tableTargets,
        int queueTargets,
        FunctionEvent event,
        String logicArguments,
        String lookupsType,
        List<LookupView> lookups,
        List<String> lookupImports,
        String testLogicArguments) {

    public FunctionView {
        sinks = List.copyOf(sinks);
        lookups = List.copyOf(lookups);
        lookupImports = List.copyOf(lookupImports);
    }

    /**
     * One declared enrichment (a table lookup or a geo-IP location), as the generated lookups class
     * makes it: each field a fragment of Java the plan decides, so the template only prints them.
     *
     * @param method the method that finds what an event adds, such as {@code customer}
     * @param as the member it is added under
     * @param what what the method finds, for Javadoc
     * @param type the type of the source it reads, such as {@code ItemLookup}
     * @param fromEnv the expression that builds the source from the environment ({@code env} in scope)
     * @param none the expression of a source that finds nothing, for tests
     * @param returnType what the method returns
     * @param find the expression that finds it ({@code event}'s variable in scope)
     * @param asMember what turns the method's result into the member's attributes, such as
     *     {@code .map(GeoLocation::attributes)}; empty when it is the attributes already
     */
    public record LookupView(String method, String as, String what, String type, String fromEnv, String none,
            String returnType, String find, String asMember) {}

    /**
     * One target of the function, as Java code fragments decided by the plan.
     *
     * @param type the sink's Java type
     * @param variable the parameter name in the test constructor
     * @param fromEnv the expression that builds it from the environment ({@code env} in scope)
     * @param processor the expression that builds its batch processor ({@code logic} in scope)
     * @param target the target's alias, for Javadoc
     * @param test the expression that builds it in the unit test ({@code server} in scope)
     */
    public record Sink(String type, String variable, String fromEnv, String processor, String target, String test) {}
}
