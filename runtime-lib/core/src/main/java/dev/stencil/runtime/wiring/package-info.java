/**
 * Builds the runtime's sinks and enrichers from environment variables, so that a generated handler's
 * no-arg constructor is one line per dependency. Each variable is documented on the method that reads it.
 */
package dev.stencil.runtime.wiring;
