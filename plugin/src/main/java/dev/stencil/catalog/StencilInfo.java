package dev.stencil.catalog;

import dev.stencil.model.ServiceKind;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's answer for one stencil name.
 *
 * @param name the name as asked
 * @param status what is known about it
 * @param kind the service kind, for supported and legacy names
 * @param preferredName the name to use instead, for legacy names
 * @param suggestions close known names, for unknown ones
 */
public record StencilInfo(
        String name, StencilStatus status, Optional<ServiceKind> kind, String preferredName, List<String> suggestions) {

    public StencilInfo {
        suggestions = List.copyOf(suggestions);
    }
}
