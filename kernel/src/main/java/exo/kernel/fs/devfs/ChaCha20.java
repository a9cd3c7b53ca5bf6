/*
 * The ChaCha20 block function of RFC 8439 (section 2.3): 20 rounds of quarter-rounds over a
 * 16-word state of constants, a 256-bit key, a block counter and a nonce, giving 64 bytes of
 * keystream per block. Written from the RFC's description; RandomDevice uses it as its
 * generator, and the test checks it against the RFC's test vector.
 */
package exo.kernel.fs.devfs;

public final class ChaCha20 {
    private ChaCha20() {}

    private static final int[] SIGMA = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

    /** Writes the 64-byte block for key (8 words), counter and nonce (3 words) into out[off..]. */
    public static void block(int[] key, int counter, int[] nonce, byte[] out, int off) {
        int[] s = new int[16];
        System.arraycopy(SIGMA, 0, s, 0, 4);
        System.arraycopy(key, 0, s, 4, 8);
        s[12] = counter;
        System.arraycopy(nonce, 0, s, 13, 3);
        int[] x = s.clone();
        for (int i = 0; i < 10; i++) {
            quarter(x, 0, 4, 8, 12);
            quarter(x, 1, 5, 9, 13);
            quarter(x, 2, 6, 10, 14);
            quarter(x, 3, 7, 11, 15);
            quarter(x, 0, 5, 10, 15);
            quarter(x, 1, 6, 11, 12);
            quarter(x, 2, 7, 8, 13);
            quarter(x, 3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) {
            int v = x[i] + s[i];
            out[off + 4 * i] = (byte) v;
            out[off + 4 * i + 1] = (byte) (v >>> 8);
            out[off + 4 * i + 2] = (byte) (v >>> 16);
            out[off + 4 * i + 3] = (byte) (v >>> 24);
        }
    }

    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 16);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 12);
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 8);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 7);
    }
}
