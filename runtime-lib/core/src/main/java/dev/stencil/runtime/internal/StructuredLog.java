package dev.stencil.runtime.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per log line, so that CloudWatch Logs Insights can query the fields. */
public final class StructuredLog {
    private StructuredLog() {
    }

    /** Writes {@code {"level":..,"message":..,<fields>}} to the Lambda logger, or stderr without a context. */
    public static void log(Context context, String level, String message, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("message", message);
        line.putAll(fields);
        if (context != null && context.getAwsRequestId() != null) {
            line.put("awsRequestId", context.getAwsRequestId());
        }
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            text = level + " " + message + " " + fields;
        }
        LambdaLogger logger = context == null ? null : context.getLogger();
        if (logger != null) {
            logger.log(text + "\n");
        } else {
            System.err.println(text);
        }
    }
}
