/**
 * What a network is, as data: {@link io.github.dlplayground.engine.spec.NetworkSpec} (input shape + one record
 * per layer), the training settings, their JSON file format, shape inference and validation with messages
 * that say what to change, and the one place ({@link io.github.dlplayground.engine.spec.NetworkBuilder}) that
 * turns a spec into runtime layers. The UI edits these records; files store them; the command line reads them.
 */
package io.github.dlplayground.engine.spec;
