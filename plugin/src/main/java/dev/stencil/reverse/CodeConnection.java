package dev.stencil.reverse;

import dev.stencil.model.SourceLocation;

/**
 * A statement in the CDK code that stands for a diagram arrow: a {@code Wiring} call, an event
 * source, or a grant.
 *
 * @param fromVariable the variable of the arrow's source construct
 * @param toVariable the variable of the arrow's target construct
 * @param via for archives, the delivery stream's construct id; otherwise empty
 * @param location where the statement is
 */
public record CodeConnection(String fromVariable, String toVariable, String via, SourceLocation location) {}
