package dev.stencil.diagram;

import dev.stencil.model.FlowStyle;
import dev.stencil.model.SourceLocation;

/**
 * An arrow such as {@code kds --> fn : "enrich"}, already turned so that it points from
 * {@code from} to {@code to} (a reversed {@code a <-- b} becomes {@code b -> a}).
 *
 * @param from alias at the tail
 * @param to alias at the head
 * @param shape the arrow text as written, such as {@code -->} or {@code .right.>}
 * @param style what the line style says
 * @param label the label, unquoted and unescaped; empty when none
 * @param fromLocation where the tail alias is written
 * @param toLocation where the head alias is written
 */
public record Arrow(
        String from,
        String to,
        String shape,
        FlowStyle style,
        String label,
        SourceLocation fromLocation,
        SourceLocation toLocation) {}
