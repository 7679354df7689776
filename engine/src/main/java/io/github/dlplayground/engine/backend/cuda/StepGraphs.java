package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUgraphExec;

/**
 * The CUDA graph of a {@link DeviceTraining} step: recorded on the second step of a batch size (the first one
 * sizes every buffer), replayed while the batch size stays and no device memory has been freed (a buffer that grew
 * frees its old block, which the graph may still point to).
 */
final class StepGraphs {
    /**
     * Off with {@code -Ddlplayground.cudaGraphs=false}, for networks with dropout, after
     * {@link DeviceTraining#launchKernelByKernel()}, or after the driver refused to record.
     */
    boolean enabled = !"false".equalsIgnoreCase(System.getProperty("dlplayground.cudaGraphs"));
    /** Why recording was given up, or null. */
    String note;
    /** The batch size to record or replay, 0 before a step has warmed the buffers. */
    int batch;
    CUgraphExec exec;
    /** {@link CudaDevice#frees()} when the graph was recorded. */
    int frees;

    /**
     * After a step of size n launched kernel by kernel (its buffers now sized): the next step of this size is
     * recorded, unless a graph of another size exists (the smaller last batch of an epoch keeps the full one's).
     */
    void warmed(int n) {
        if (exec == null) {
            batch = n;
        }
    }

    void forget(CudaDevice device) {
        if (exec != null) {
            device.forget(exec);
            exec = null;
        }
    }
}
