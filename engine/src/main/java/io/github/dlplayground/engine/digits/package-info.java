/**
 * Hand-drawn digits made to look like MNIST: ink images, the MNIST preprocessing (bounding box → fit 20×20
 * keeping the aspect ratio → centre of mass at the centre of 28×28), reading drawings from image files,
 * and the default digit model that trains itself on the sample digits. Used by the drawing pad and the
 * {@code classify} command alike.
 */
package io.github.dlplayground.engine.digits;
