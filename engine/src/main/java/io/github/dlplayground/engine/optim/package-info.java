/**
 * Optimizers with the update rules and defaults of PyTorch's torch.optim (SGD with momentum / Nesterov,
 * AdaGrad, RMSProp, AdaDelta, Adam), written once and used both for network weights and for the point
 * that walks over a loss surface. {@link io.github.dlplayground.engine.optim.OptimizerConfig} is the
 * serialisable description the UI edits and the command line reads.
 */
package io.github.dlplayground.engine.optim;
