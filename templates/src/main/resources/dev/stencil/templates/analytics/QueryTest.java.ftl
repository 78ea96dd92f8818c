<#-- Feeds: JobView. The test of a declared aggregate's query: Flink plans it on the schema's rows, and it gives every attribute of the table. -->
package [=view.packageName];

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stencil.flink.DeclaredAggregates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flink's planner takes the query of {@link [=view.jobType]} as its job will run it. */
class [=view.testType] {

    @Test
    void theQueryPlansOnTheSchemaAndGivesEveryAttributeOfTheItems() {
        assertEquals(List.of(<#list view.attributes as a>"[=a]"<#sep>, </#sep></#list>),
                DeclaredAggregates.plan("[=view.specResource]", "[=view.sqlResource]"));
    }
}
