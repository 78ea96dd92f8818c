package dev.stencil.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the words of one statement: quoted strings stay whole (escapes kept), everything else
 * splits at white space. Each token remembers its 0-based column.
 */
final class Tokens {

    /** One word or quoted string and the 0-based column it starts at. */
    record Token(String text, int column) {
        boolean isQuoted() {
            return text.startsWith("\"");
        }
    }

    /** Thrown when a quoted string has no closing quote; carries the 0-based column of the quote. */
    static final class UnterminatedString extends Exception {
        final int column;

        UnterminatedString(int column) {
            super(null, null, false, false);
            this.column = column;
        }
    }

    private Tokens() {}

    static List<Token> split(String line, int from) throws UnterminatedString {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = closingQuote(line, i);
                tokens.add(new Token(line.substring(i, end + 1), i));
                i = end + 1;
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '"') {
                    i++;
                }
                tokens.add(new Token(line.substring(start, i), start));
            }
        }
        return tokens;
    }

    private static int closingQuote(String line, int open) throws UnterminatedString {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new UnterminatedString(open);
    }
}
