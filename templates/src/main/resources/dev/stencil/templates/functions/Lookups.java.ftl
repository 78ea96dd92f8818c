<#-- Feeds: FunctionView. The declared lookups of one function, generated from the sidecar's enrich. -->
package [=view.packageName];

import [=view.event.className];
import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.enrich.ItemLookup;
import dev.stencil.runtime.events.EnrichedEvent;
import dev.stencil.runtime.wiring.FromEnv;
import java.util.Map;
import java.util.Optional;

/**
 * The lookups the sidecar declares for function {@code [=view.alias]} ([=view.label]): for each
 * {@link [=view.event.type]}, <#list view.lookups as l>the item of table {@code [=l.table]} whose
 * {@code [=l.keyAttribute]} is the event's, as {@code [=l.as]}<#sep>; </#sep></#list>. Each is a DynamoDB
 * GetItem behind a cache that lives as long as the execution environment ({@code LOOKUP_CACHE_SIZE}
 * keys, {@code LOOKUP_CACHE_TTL_SECONDS} each; missing items are cached too). A table that cannot be
 * read fails the record, which Kinesis retries.
 */
public final class [=view.lookupsType] {
<#list view.lookups as l>

    private final ItemLookup [=l.method];
</#list>

    /**
<#list view.lookups as l>
     * @param [=l.method] the items of {@code [=l.table]}, by {@code [=l.keyAttribute]}
</#list>
     */
    public [=view.lookupsType](<#list view.lookups as l>ItemLookup [=l.method]<#sep>, </#sep></#list>) {
<#list view.lookups as l>
        this.[=l.method] = [=l.method];
</#list>
    }

    /**
     * The tables the stack names in the function's environment.
     *
     * @param env the function's environment
     * @return the lookups
     */
    public static [=view.lookupsType] fromEnv(Env env) {
        return new [=view.lookupsType](<#list view.lookups as l>
                FromEnv.itemLookup(env, "[=l.tableVariable]", "[=l.keyAttribute]")<#sep>,</#sep></#list>);
    }

    /** Lookups that find nothing, for tests. */
    public static [=view.lookupsType] none() {
        return new [=view.lookupsType](<#list view.lookups as l>ItemLookup.none()<#sep>, </#sep></#list>);
    }
<#list view.lookups as l>

    /**
     * The item of {@code [=l.table]} for an event.
     *
     * @param [=view.event.variable] the event
     * @return the item's attributes; empty when the table has none for its {@code [=l.keyAttribute]}
     */
    public Optional<Map<String, Object>> [=l.method]([=view.event.type] [=view.event.variable]) {
        return [=l.method].find([=l.keyOf]);
    }
</#list>

    /**
     * The event with every lookup's item beside its fields (nothing for an item not found).
     *
     * @param [=view.event.variable] the event
     * @return the enriched event, as the function indexes or sends it
     */
    public EnrichedEvent<[=view.event.type]> enrich([=view.event.type] [=view.event.variable]) {
        return EnrichedEvent.of([=view.event.variable])<#list view.lookups as l>
                .with("[=l.as]", [=l.method]([=view.event.variable]))</#list>;
    }
}
