package dev.stencil.naming;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** "Did you mean" suggestions: the known names closest to a misspelt one. */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * The up to three known names within a third of the name's length (at least 2 edits) of it,
     * closest first.
     */
    public static List<String> closest(String name, Collection<String> known) {
        int limit = Math.max(2, name.length() / 3);
        return known.stream()
                .map(k -> Map.entry(k, EditDistance.between(name, k)))
                .filter(e -> e.getValue() <= limit)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A hint such as {@code did you mean 'deviceId'?}, or the fallback when nothing is close. */
    public static String hint(String name, Collection<String> known, String otherwise) {
        List<String> close = closest(name, known);
        return close.isEmpty() ? otherwise
                : "did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }
}
