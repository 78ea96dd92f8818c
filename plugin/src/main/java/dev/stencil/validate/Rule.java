package dev.stencil.validate;

import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/** One check of a resolved architecture; each rule owns one stable diagnostic code. */
public interface Rule {

    /** The code of the diagnostics this rule reports. */
    String code();

    /** Every violation in the architecture, in declaration order. */
    List<Diagnostic> check(Architecture architecture);
}
