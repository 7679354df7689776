/**
 * A gallery of test images with the network's prediction and its probability under each, framed red
 * where the prediction is wrong — the book's predict_ch3, live. Click an image to choose it.
 */
package io.github.dlplayground.visuals.gallery;
