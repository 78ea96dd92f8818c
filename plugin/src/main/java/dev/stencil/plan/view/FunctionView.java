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
        String logicArguments) {

    public FunctionView {
        sinks = List.copyOf(sinks);
    }

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
