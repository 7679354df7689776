/**
 * Shared JavaFX helpers for the visual components: a canvas region that redraws once per pulse, a
 * latest-value mailbox from worker threads to the FX thread, a rate limiter, and the theme palettes.
 */
package io.github.dlplayground.visuals.fx;
