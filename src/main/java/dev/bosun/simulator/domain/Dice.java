package dev.bosun.simulator.domain;

import java.util.SplittableRandom;

/**
 * The simulation's only source of chance. Every draw is made from a generator seeded by the store's seed and by
 * what the draw is about (its purpose and keys such as the marketplace, the product and the day), so a seed gives
 * the same store every time and an incident that changes one figure does not reshuffle the others.
 */
public final class Dice {

    private final long seed;

    public Dice(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A generator for one purpose and its keys, e.g. {@code roll("orders", marketplace, product, day)}. */
    public Roll roll(String purpose, long... keys) {
        long h = mix(seed ^ fnv(purpose));
        for (long key : keys) {
            h = mix(h ^ key);
        }
        return new Roll(new SplittableRandom(h));
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the characters: a hash that is the same on every JVM. */
    static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
