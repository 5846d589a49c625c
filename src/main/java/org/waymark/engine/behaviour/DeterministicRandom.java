package org.waymark.engine.behaviour;

/**
 * Counter-based random numbers for the simulator: a draw is a pure function of the seed, a key (usually the
 * contact id), the tile index and a purpose (which decision the draw is for). There is no state, so the same
 * inputs give the same value on any thread and in any order, and decisions never depend on how many draws
 * came before them.
 *
 * <p>The inputs are combined with SplitMix64's finaliser (Stafford's "mix 13"), which is a bijection with
 * full avalanche: a one-bit change in any input changes every output bit with probability one half.
 */
public final class DeterministicRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long TILE_GAMMA = 0xD1B54A32D192ED03L;
    private static final double UNIT = 0x1.0p-53;

    private final long seed;
    private final long seedMix;

    public DeterministicRandom(long seed) {
        this.seed = seed;
        this.seedMix = mix(seed * GOLDEN_GAMMA + GOLDEN_GAMMA);
    }

    /** A number in [0, 1), uniformly distributed, determined by the seed and the three arguments alone. */
    public double uniform(long key, int tileIndex, int purpose) {
        long h = mix(seedMix + key * GOLDEN_GAMMA);
        long where = ((long) tileIndex << 32) | (purpose & 0xFFFFFFFFL);
        h = mix(h ^ mix(where * TILE_GAMMA + GOLDEN_GAMMA));
        return (h >>> 11) * UNIT;
    }

    /**
     * An independent source for another stream of decisions made with the same seed, e.g. one per iteration
     * of a recurring journey: {@code random.derive(iteration)}.
     */
    public DeterministicRandom derive(long stream) {
        return new DeterministicRandom(mix(seedMix ^ mix(stream * TILE_GAMMA + GOLDEN_GAMMA)));
    }

    public long seed() {
        return seed;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "DeterministicRandom[seed=" + seed + "]";
    }
}
