package dev.stencil.integration;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many CloudFormation resources of each type something the kit builds creates, as the kit
 * builds it today. The generated stack test asserts the sum for its own diagram, so a kit change
 * that adds a resource fails there, not at a user's deploy.
 *
 * @param byType resource type, such as {@code AWS::KMS::Key}, to count; sorted by type
 */
public record Resources(Map<String, Integer> byType) {

    public static final String KEY = "AWS::KMS::Key";
    public static final String ALARM = "AWS::CloudWatch::Alarm";
    public static final String ROLE = "AWS::IAM::Role";
    public static final String POLICY = "AWS::IAM::Policy";
    public static final String LOG_GROUP = "AWS::Logs::LogGroup";
    public static final String LOG_STREAM = "AWS::Logs::LogStream";

    /** Nothing. */
    public static final Resources NONE = new Resources(Map.of());

    public Resources {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    /**
     * Counts given as pairs: {@code of(KEY, 1, ALARM, 2)}.
     *
     * @throws IllegalArgumentException when the pairs are not type, count, type, count…
     */
    public static Resources of(Object... typeThenCount) {
        if (typeThenCount.length % 2 != 0) {
            throw new IllegalArgumentException("resource counts come as type, count pairs");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < typeThenCount.length; i += 2) {
            counts.merge((String) typeThenCount[i], (Integer) typeThenCount[i + 1], Integer::sum);
        }
        return new Resources(counts);
    }

    /** These and those together. */
    public Resources plus(Resources other) {
        Map<String, Integer> sum = new TreeMap<>(byType);
        other.byType.forEach((type, count) -> sum.merge(type, count, Integer::sum));
        return new Resources(sum);
    }

    /** How many resources of one type. */
    public int count(String type) {
        return byType.getOrDefault(type, 0);
    }

    /** How many resources in all. */
    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
