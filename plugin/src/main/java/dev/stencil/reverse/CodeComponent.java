package dev.stencil.reverse;

import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;

/**
 * A construct found in the CDK code that stands for a diagram node.
 *
 * @param id its construct id, such as {@code Fn}
 * @param kind the service it is
 * @param variable the Java variable holding it, empty when it is not held
 * @param location where it is created
 */
public record CodeComponent(String id, ServiceKind kind, String variable, SourceLocation location) {}
