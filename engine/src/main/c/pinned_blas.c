/*
 * JNI bridge from Java float[] to OpenBLAS's cblas_sgemm without copies: the arrays are pinned with
 * GetPrimitiveArrayCritical for the duration of the product. The OpenBLAS library is the one the bytedeco
 * natives already loaded; its path comes from Java, and cblas_sgemm is looked up in it with dlsym.
 */
#include <jni.h>
#include <dlfcn.h>
#include <stddef.h>

typedef void (*sgemm_fn)(int order, int transA, int transB, int m, int n, int k, float alpha, const float *a,
                         int lda, const float *b, int ldb, float beta, float *c, int ldc);

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };

static sgemm_fn sgemm;

/* Returns NULL on success, or the reason the library or its cblas_sgemm could not be found. */
JNIEXPORT jstring JNICALL
Java_io_github_dlplayground_engine_backend_PinnedBlas_bind(JNIEnv *env, jclass cls, jstring path) {
    const char *name = (*env)->GetStringUTFChars(env, path, NULL);
    if (name == NULL) {
        return (*env)->NewStringUTF(env, "out of memory reading the library path");
    }
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    (*env)->ReleaseStringUTFChars(env, path, name);
    if (library == NULL) {
        const char *error = dlerror();
        return (*env)->NewStringUTF(env, error == NULL ? "dlopen failed" : error);
    }
    sgemm = (sgemm_fn) dlsym(library, "cblas_sgemm");
    if (sgemm == NULL) {
        return (*env)->NewStringUTF(env, "cblas_sgemm not found in the OpenBLAS library");
    }
    return NULL;
}

/*
 * C = alpha·op(A)·op(B) + beta·C, row-major, on the arrays from the given offsets. Arguments are checked in Java.
 * If an array cannot be pinned, nothing is computed and an OutOfMemoryError is pending when this returns, so
 * that a product is never silently skipped.
 */
JNIEXPORT void JNICALL
Java_io_github_dlplayground_engine_backend_PinnedBlas_sgemm(JNIEnv *env, jclass cls, jboolean transA,
        jboolean transB, jint m, jint n, jint k, jfloat alpha, jfloatArray a, jint aOffset, jint lda,
        jfloatArray b, jint bOffset, jint ldb, jfloat beta, jfloatArray c, jint cOffset, jint ldc) {
    float *pc = (*env)->GetPrimitiveArrayCritical(env, c, NULL);
    float *pa = pc != NULL ? (*env)->GetPrimitiveArrayCritical(env, a, NULL) : NULL;
    float *pb = pa != NULL ? (*env)->GetPrimitiveArrayCritical(env, b, NULL) : NULL;
    if (pb != NULL) {
        sgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha, pa + aOffset, lda,
              pb + bOffset, ldb, beta, pc + cOffset, ldc);
        (*env)->ReleasePrimitiveArrayCritical(env, b, pb, JNI_ABORT);
    }
    if (pa != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, a, pa, JNI_ABORT);
    }
    if (pc != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, c, pc, pb != NULL ? 0 : JNI_ABORT);
    }
    /* Only now, outside the critical regions, may other JNI functions be called. */
    if (pb == NULL && !(*env)->ExceptionCheck(env)) {
        jclass error = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
        if (error != NULL) {
            (*env)->ThrowNew(env, error, "could not pin the arrays of a matrix product");
        }
    }
}
