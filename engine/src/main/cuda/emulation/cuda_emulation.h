// Runs the engine's CUDA kernels on the CPU, for checking their index arithmetic on machines without a GPU:
// one block at a time, each of its threads a std::thread, __syncthreads a barrier, __shared__ arrays
// function-static (so shared by the block's threads, and reused by the next block). Not fast; small sizes only.
#pragma once
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

struct dim3 {
    unsigned x = 1, y = 1, z = 1;
};

inline thread_local dim3 threadIdx;
inline thread_local dim3 blockIdx;
inline dim3 blockDim;
inline dim3 gridDim;
inline std::barrier<>* blockBarrier = nullptr;

#define __global__
#define __device__
#define __shared__ static

using std::max;
using std::min;

inline void __syncthreads() {
    blockBarrier->arrive_and_wait();
}

// The rounding intrinsics: one IEEE operation each (compile with -ffp-contract=off so nothing is fused).
inline float __fadd_rn(float a, float b) { return a + b; }
inline float __fmul_rn(float a, float b) { return a * b; }
inline float __fdiv_rn(float a, float b) { return a / b; }
inline float __fsqrt_rn(float a) { return std::sqrt(a); }

// kernel<<<grid, block>>>(args...) as launch(grid, block, kernel, args...).
template <class Kernel, class... Args>
void launch(dim3 grid, dim3 block, Kernel kernel, Args... args) {
    gridDim = grid;
    blockDim = block;
    unsigned threads = block.x * block.y;
    for (unsigned bz = 0; bz < grid.z; bz++) {
    for (unsigned by = 0; by < grid.y; by++) {
        for (unsigned bx = 0; bx < grid.x; bx++) {
            std::barrier<> barrier(threads);
            blockBarrier = &barrier;
            std::vector<std::thread> pool;
            for (unsigned ty = 0; ty < block.y; ty++) {
                for (unsigned tx = 0; tx < block.x; tx++) {
                    pool.emplace_back([=] {
                        blockIdx = dim3{bx, by, bz};
                        threadIdx = dim3{tx, ty, 1};
                        kernel(args...);
                    });
                }
            }
            for (auto& t : pool) {
                t.join();
            }
        }
    }
    }
}
