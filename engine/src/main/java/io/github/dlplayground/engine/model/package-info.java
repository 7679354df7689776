/**
 * Model files: a trained network saved with its spec, training settings, weights, history, data source and
 * format version, written atomically and checked (version, shapes) when read.
 */
package io.github.dlplayground.engine.model;
