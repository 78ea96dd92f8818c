package dev.stencil.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns free text (aliases, labels, diagram names) into safe identifiers. Only ASCII letters and
 * digits survive, so every result is a valid Java identifier, package segment, file name, construct
 * id and Maven artifactId, on every file system, and can never contain a path separator.
 */
public final class JavaNames {

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "non", "exports", "module", "open", "opens", "provides",
            "requires", "to", "transitive", "uses", "with", "when", "_");

    private JavaNames() {}

    /** The words of a text: {@code "Web\nClients"} and {@code web_clients} both give [web, clients]. */
    static List<String> words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String spaced = ascii.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String w : spaced.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** {@code web_clients} → {@code WebClients}; never empty, never starts with a digit. */
    public static String pascal(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String w : words(text)) {
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return startWithLetter(out.toString(), fallback);
    }

    /** {@code web_clients} → {@code webClients}, never a reserved word. */
    public static String camel(String text, String fallback) {
        String pascal = pascal(text, fallback);
        return safe(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
    }

    /** {@code Web Clients} → {@code webclients}: a package segment, never a reserved word. */
    public static String packageSegment(String text, String fallback) {
        return safe(startWithLetter(String.join("", words(text)), fallback).toLowerCase(Locale.ROOT));
    }

    /** {@code Web Clients} → {@code web-clients}: artifactIds, index names, file names. */
    public static String kebab(String text, String fallback) {
        return startWithLetter(String.join("-", words(text)), fallback).toLowerCase(Locale.ROOT);
    }

    /** {@code Web Clients} → {@code WEB_CLIENTS}: environment variable names. */
    public static String upperSnake(String text, String fallback) {
        return startWithLetter(String.join("_", words(text)), fallback).toUpperCase(Locale.ROOT);
    }

    /** A dotted package name made safe segment by segment. */
    public static String packageName(String dotted) {
        List<String> segments = new ArrayList<>();
        for (String s : dotted.split("\\.")) {
            if (!s.isBlank()) {
                segments.add(packageSegment(s, "pkg"));
            }
        }
        return segments.isEmpty() ? "generated" : String.join(".", segments);
    }

    private static String startWithLetter(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(name.charAt(0)) ? fallback + name : name;
    }

    private static String safe(String name) {
        return RESERVED.contains(name) ? name + "_" : name;
    }
}
