<#-- Feeds: FunctionView. Generated, so that it follows the diagram while the user-owned test keeps compiling. -->
package [=view.packageName];

import [=view.basePackage].functions.StandInServer;
import dev.stencil.runtime.dynamodb.AggregateWriter;
import dev.stencil.runtime.dynamodb.BatchWriter;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import dev.stencil.runtime.sqs.QueueSink;

/**
 * Builds {@link [=view.handlerType]} for tests, with every target that diagram node
 * {@code [=view.alias]} writes to pointed at a {@link StandInServer}. It is regenerated when the
 * diagram changes, so tests written against it keep compiling.
 */
public final class [=view.fixtureType] {

    /** How many OpenSearch domains the function indexes into. */
    public static final int SEARCH_TARGETS = [=view.searchTargets];

    /** How many tables the function counts into. */
    public static final int TABLE_TARGETS = [=view.tableTargets];

    /** How many queues the function sends to. */
    public static final int QUEUE_TARGETS = [=view.queueTargets];

    private [=view.fixtureType]() {
    }

    /**
     * The handler with the given logic, writing to the stand-in server.
     *
     * @param logic what the function does with each event
     * @param server where every target points
     * @return the handler
     */
    public static [=view.handlerType] handler([=view.logicType] logic, StandInServer server) {
        return new [=view.handlerType](logic<#list view.sinks as s>,
                [=s.test]</#list>);
    }
}
