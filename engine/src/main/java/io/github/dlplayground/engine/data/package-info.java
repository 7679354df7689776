/**
 * Image datasets (Fashion-MNIST, MNIST digits): the IDX file format, in-memory datasets kept as bytes,
 * shuffled minibatches scaled to [0, 1], and where the files come from (user folder → cache → Debian
 * package → download → the subset shipped in sample-data).
 */
package io.github.dlplayground.engine.data;
