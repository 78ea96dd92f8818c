package dev.stencil.plan.view;

import java.util.List;

/**
 * The events one function decodes: the seed's clickstream events, or the record of the schema its
 * streams declare.
 *
 * @param type the event's simple type, such as {@code ClickEvent} or {@code Reading}
 * @param className the event's fully qualified class
 * @param variable a parameter name for one event, such as {@code click} or {@code reading}
 * @param decoder the Java expression of the handler's record decoder
 * @param idFunction a Java function from an event to its id as a string, such as {@code ClickEvent::eventId}; empty
 *     when its stream names no id
 * @param declared whether the type is generated from a declared schema
 * @param samples valid events as JSON, as Java string literals, for the generated test
 * @param withoutRequired an event lacking a required field, as a Java string literal; empty when every field is optional
 * @param requiredField the field it lacks
 * @param mappings the class-path resource of its OpenSearch mappings; empty for clicks (dynamic mappings)
 * @param idField the JSON name of the field that identifies an event; empty when its stream names none
 */
public record FunctionEvent(String type, String className, String variable, String decoder, String idFunction, boolean declared,
        List<String> samples, String withoutRequired, String requiredField, String mappings, String idField) {

    /** The seed's clickstream events, decoded by the runtime. */
    public static final FunctionEvent CLICKS = new FunctionEvent("ClickEvent", "dev.stencil.runtime.events.ClickEvent",
            "click", "JsonRecordDecoder.of(ClickEvent.class)", "ClickEvent::eventId", false, List.of(), "", "", "", "eventId");

    public FunctionEvent {
        samples = List.copyOf(samples);
    }
}
