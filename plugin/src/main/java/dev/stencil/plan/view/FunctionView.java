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
        String testLogicArguments) {

    public FunctionView {
        sinks = List.copyOf(sinks);
        lookups = List.copyOf(lookups);
    }

    /**
     * One declared lookup, as the generated lookups class reads it.
     *
     * @param method the method that finds the item of an event, such as {@code customer}
     * @param as the member the item is added under
     * @param table the table's alias, for Javadoc
     * @param tableVariable the environment variable holding the table's name
     * @param keyAttribute the table's partition key, the event field looked up
     * @param keyOf the key of the event as a string ({@code event}'s variable in scope)
     */
    public record LookupView(String method, String as, String table, String tableVariable, String keyAttribute,
            String keyOf) {}

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
