package dev.stencil.diagram;

import dev.stencil.diagram.Tokens.Token;
import dev.stencil.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Reads what follows a stencil name: {@code "Label" as alias}, {@code alias as "Label"},
 * {@code alias}, or {@code "Label"} alone (then the label, when it is a plain word, is the alias),
 * each optionally followed by stereotypes {@code <<x>>} and an inline style {@code #...}.
 */
final class ElementSyntax {

    /** The parts of a node statement. */
    record Parts(String label, String alias, String style, SourceLocation aliasLocation) {}

    private ElementSyntax() {}

    static Optional<Parts> parse(String stencil, List<Token> tokens, SourceLocation at) {
        List<Token> words = tokens.stream().filter(t -> !t.text().startsWith("#") && !t.text().startsWith("<<")).toList();
        String style = String.join(" ", tokens.stream().map(Token::text).filter(t -> t.startsWith("#")).toList());
        if (words.size() == 3 && words.get(1).text().equals("as")) {
            Token first = words.get(0);
            Token last = words.get(2);
            Token alias = first.isQuoted() ? last : first;
            Token label = first.isQuoted() ? first : last;
            return plainWord(alias).map(a -> new Parts(Labels.unquote(label.text()), a, style, locate(alias, at)));
        }
        if (words.size() == 1) {
            Token only = words.get(0);
            String label = Labels.unquote(only.text());
            return plainWord(new Token(label, only.column())).map(a -> new Parts(label, a, style, locate(only, at)));
        }
        return Optional.empty();
    }

    private static Optional<String> plainWord(Token token) {
        return token.text().matches("[A-Za-z_]\\w*") ? Optional.of(token.text()) : Optional.empty();
    }

    private static SourceLocation locate(Token token, SourceLocation at) {
        return new SourceLocation(at.file(), at.line(), token.column() + 1);
    }
}
