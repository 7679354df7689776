/**
 * Optional NVIDIA GPU support through JCuda's driver API and the project's own kernels (PTX compiled ahead of
 * time from engine/src/main/cuda/kernels.cu): detection with a one-sentence reason for every way it can be
 * missing, a {@link io.github.dlplayground.engine.backend.MatrixBackend} for the layers, and a device-resident
 * training step whose weights, gradients and optimizer state stay on the GPU.
 */
package io.github.dlplayground.engine.backend.cuda;
