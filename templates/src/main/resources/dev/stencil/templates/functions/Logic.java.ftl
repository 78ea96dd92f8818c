<#-- Feeds: FunctionView. Created once; the user owns it from then on. -->
// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package [=view.packageName];

import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
import java.util.Map;

/**
 * What function {@code [=view.alias]} ([=view.label]) does with each event. Throwing fails that
 * record only (Kinesis retries it); returning {@code null} from a method drops the record for that
 * target.
 */
public class [=view.logicType] {

    private final GeoIpProvider geo;
    private final ProfileLookup profiles;

    /**
     * @param geo where IP addresses are located
     * @param profiles where user profiles are found
     */
    public [=view.logicType](GeoIpProvider geo, ProfileLookup profiles) {
        this.geo = geo;
        this.profiles = profiles;
    }

    /**
     * The document to index for a click (used when the function writes to OpenSearch): the click
     * with its location and the user's profile.
     *
     * @param click the event
     * @return the document
     */
    public EnrichedClick enrich(ClickEvent click) {
        return EnrichedClick.of(requirePage(click),
                geo.locate(click.ip()).orElse(null),
                profiles.find(click.userId()).orElse(null));
    }

    /**
     * The aggregate a click counts into (used when the function writes to DynamoDB).
     *
     * @param click the event
     * @return the aggregate's key
     */
    public String aggregateKey(ClickEvent click) {
        return requirePage(click).page();
    }

    /**
     * What a click adds to its aggregate (used when the function writes to DynamoDB).
     *
     * @param click the event
     * @return counter names and increments
     */
    public Map<String, Long> counters(ClickEvent click) {
        return Map.of("clicks", 1L);
    }

    /**
     * The rule this logic keeps: a click names the page it was on. One that does not is
     * worth neither a document nor a count (the Flink jobs skip it too); it fails, Kinesis retries
     * it, and the event source mapping then sends it to the function's on-failure destination.
     *
     * @param click the event
     * @return the click
     * @throws IllegalArgumentException if it names no page
     */
    private static ClickEvent requirePage(ClickEvent click) {
        if (click.page() == null || click.page().isBlank()) {
            throw new IllegalArgumentException("click " + click.eventId() + " names no page");
        }
        return click;
    }
}
