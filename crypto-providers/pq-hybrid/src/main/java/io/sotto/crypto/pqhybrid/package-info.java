/**
 * The post-quantum hybrid suite {@code Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}.
 *
 * <p>Public: {@link io.sotto.crypto.pqhybrid.NoiseNxHfs25519MlKem768AesGcmSha256}, the suite.
 * Package-private: {@link io.sotto.crypto.pqhybrid.MlKem768}, ML-KEM-768 from Bouncy Castle as the
 * shared Noise library's {@code Kem}.
 */
package io.sotto.crypto.pqhybrid;
