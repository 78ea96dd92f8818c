<#-- Feeds: FunctionView. The declared enrichments of one function, generated from the sidecar's enrich. -->
package [=view.packageName];

<#list view.lookupImports as i>
import [=i];
</#list>

/**
 * The enrichments the sidecar declares for function {@code [=view.alias]} ([=view.label]): for each
 * {@link [=view.event.type]}, <#list view.lookups as l>[=l.what], as {@code [=l.as]}<#sep>; </#sep></#list>. A table
 * lookup is a DynamoDB GetItem behind a cache that lives as long as the execution environment
 * ({@code LOOKUP_CACHE_SIZE} keys, {@code LOOKUP_CACHE_TTL_SECONDS} each; missing items are cached
 * too); a table that cannot be read fails the record, which Kinesis retries. A location comes from a
 * CIDR table held in memory.
 */
public final class [=view.lookupsType] {
<#list view.lookups as l>

    private final [=l.type] [=l.method];
</#list>

    /**
<#list view.lookups as l>
     * @param [=l.method] what finds [=l.what]
</#list>
     */
    public [=view.lookupsType](<#list view.lookups as l>[=l.type] [=l.method]<#sep>, </#sep></#list>) {
<#list view.lookups as l>
        this.[=l.method] = [=l.method];
</#list>
    }

    /**
     * The tables the stack names in the function's environment, and the geo-IP tables beside its classes.
     *
     * @param env the function's environment
     * @return the enrichments
     */
    public static [=view.lookupsType] fromEnv(Env env) {
        return new [=view.lookupsType](<#list view.lookups as l>
                [=l.fromEnv]<#sep>,</#sep></#list>);
    }

    /** Enrichments that find nothing, for tests. */
    public static [=view.lookupsType] none() {
        return new [=view.lookupsType](<#list view.lookups as l>[=l.none]<#sep>, </#sep></#list>);
    }
<#list view.lookups as l>

    /**
     * Finds [=l.what].
     *
     * @param [=view.event.variable] the event
     * @return what was found; empty when nothing was
     */
    public [=l.returnType] [=l.method]([=view.event.type] [=view.event.variable]) {
        return [=l.find];
    }
</#list>

    /**
     * The event with what every enrichment found beside its fields (nothing for what was not found).
     *
     * @param [=view.event.variable] the event
     * @return the enriched event, as the function indexes or sends it
     */
    public EnrichedEvent<[=view.event.type]> enrich([=view.event.type] [=view.event.variable]) {
        return EnrichedEvent.of([=view.event.variable])<#list view.lookups as l>
                .with("[=l.as]", [=l.method]([=view.event.variable])[=l.asMember])</#list>;
    }
}
